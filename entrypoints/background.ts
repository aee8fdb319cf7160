import { fromCheckedSite, syncGrantedScripts } from '@/lib/sites/grants';
import { FIRST_PLATFORM } from '@/lib/sites/table';
import { analyze, isTruncated, MAX_CHECKED_LENGTH, PLATFORMS, RULES, type AnalysisContext, type Finding, type Platform, type Surface } from '@/lib/analysis';
import { SURFACES } from '@/lib/analysis/types';
import { findingFingerprint } from '@/lib/analysis/fingerprint';
import { containsDisclaimer, disclaimerInsertion, holdsDisclaimer } from '@/lib/disclaimer';
import { createDraftRecorder, db, forgetDraftTexts, OUTCOMES, pruneHistory, recordImageFindings, recordOutcome, type DraftRecorder, type Outcome } from '@/lib/history';
import type { ImageReport } from '@/lib/images/types';
import { teachingOffer } from '@/lib/cases/offer';
import { addImportedCases, editCase, logCase, markAnswered, openCases, recordCasePost } from '@/lib/cases/log';
import { importCases, type ColumnMapping } from '@/lib/cases/spreadsheet';
import { dueLabel } from '@/lib/cases/due';
import { lengthReport } from '@/lib/limits';
import { onMessage, parseDraftCheck, sendMessage, type DraftReport } from '@/lib/messaging';
import { analysisContext, cachedEffectiveSettings, createSettingsWriter, loadEffectiveSettings, parseSettingsFile, readUserSettings, type Settings } from '@/lib/settings';

const THREAD_JOIN = ' ';

/**
 * A thread is read as one text, so that an identifier split over two posts still counts; each post
 * gets the findings that touch it, clipped to it, and the last post carries the disclaimer finding.
 */
function checkThread(thread: { texts: string[]; index: number }, context: AnalysisContext): Finding[] {
  const starts: number[] = [];
  let offset = 0;
  for (const text of thread.texts) {
    starts.push(offset);
    offset += text.length + THREAD_JOIN.length;
  }
  const from = starts[thread.index]!;
  const to = from + thread.texts[thread.index]!.length;
  const last = thread.index === thread.texts.length - 1;
  const own = thread.texts[thread.index]!;
  return analyze(thread.texts.join(THREAD_JOIN), context).flatMap((finding) => {
    if (finding.ruleId === 'disclaimer-missing') {
      const word = /\S+/.exec(own);
      if (!last || !word) return [];
      const end = word.index + word[0].length;
      return [{ ...finding, start: word.index, end, actual: word[0], suggestions: finding.suggestions.map((s) => ({ ...s, start: own.length, end: own.length })) }];
    }
    if (finding.end <= from || finding.start >= to) return [];
    const start = Math.max(finding.start, from) - from;
    const end = Math.min(finding.end, to) - from;
    return [{ ...finding, start, end, actual: own.slice(start, end), suggestions: finding.start >= from && finding.end <= to ? finding.suggestions.map((s) => ({ ...s, start: s.start - from, end: s.end - from })) : [] }];
  });
}

/** What every check shares: the settings in force (kept between checks) and the history writer. */
interface Checker {
  settings: ReturnType<typeof cachedEffectiveSettings>;
  recorder: DraftRecorder;
}

async function checkDraft(message: unknown, { settings: settingsCache, recorder }: Checker): Promise<DraftReport> {
  const draft = parseDraftCheck(message);
  if (!draft) throw new Error('Safe Harbor refused a malformed draft check.');
  if (draft.settingsChanged) settingsCache.forget();
  const settings = await settingsCache.get();
  const disclaimerText = settings.disclaimers[draft.site];
  const length = lengthReport(draft.site, draft.surface, draft.text);
  const fits = (addition: string): boolean => {
    const after = lengthReport(draft.site, draft.surface, draft.text + disclaimerInsertion(draft.text, addition));
    return !after || after.used <= after.limit;
  };
  const signed = draft.thread ? draft.thread.texts.join(' ') : draft.text;
  const disclaimer = {
    text: disclaimerText,
    present: containsDisclaimer(signed, disclaimerText) || containsDisclaimer(signed, settings.shortDisclaimer),
    fits: fits(disclaimerText),
    short: { text: settings.shortDisclaimer, fits: fits(settings.shortDisclaimer) },
    offered: holdsDisclaimer(draft.surface),
  };
  if (settings.pausedSites.includes(draft.site)) return { findings: [], quoted: [], paused: true, length, disclaimer };
  const ignored = new Set(settings.ignored);
  const context = analysisContext(settings, draft.site, draft.surface);
  const findings = (draft.thread && draft.thread.texts.length > 1 ? checkThread(draft.thread, context) : analyze(draft.text, context)).filter(
    (finding) => !ignored.has(findingFingerprint(draft.text, finding)),
  );
  recorder.record(draft, findings);
  const historyError = recorder.error();
  const quoted = draft.quoted ? analyze(draft.quoted, context).filter((f) => f.category !== 'prof.disclaimer_missing') : [];
  const truncated = isTruncated(draft.thread ? draft.thread.texts.join(THREAD_JOIN) : draft.text) || (draft.quoted !== undefined && isTruncated(draft.quoted));
  // A teaching post is a signal for the case log, never a finding.
  const teaching = await teachingOffer(db, { draftId: draft.draftId, text: signed }, { caseHashtag: settings.caseHashtag, disclaimer: disclaimerText }).catch((error) => {
    console.error('Safe Harbor could not read the case log', error);
    return undefined;
  });
  return { findings, quoted, paused: false, length, disclaimer, historyError, ...(truncated ? { checkedLength: MAX_CHECKED_LENGTH } : {}), ...(teaching ? { teaching } : {}) };
}

/** Largest attachment sent between contexts (base64 of it must fit a runtime message). */
const MAX_ATTACHMENT_BASE64 = 28 * 1024 * 1024;
const OFFSCREEN_URL = 'offscreen.html';
/** The offscreen document is closed when no image has been checked for this long. */
const OFFSCREEN_IDLE_MS = 2 * 60_000;
let offscreenReady: Promise<void> | undefined;
let offscreenIdle: ReturnType<typeof setTimeout> | undefined;

type OffscreenApi = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
};
type ContextsApi = { getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]> };

/** Chrome: the offscreen document where OCR can have a worker, created once and shared by every check. */
async function ensureOffscreen(offscreen: OffscreenApi): Promise<void> {
  clearTimeout(offscreenIdle);
  offscreenReady ??= (async () => {
    const runtime = browser.runtime as unknown as ContextsApi;
    const existing = (await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
    if (existing.length === 0) {
      await offscreen
        .createDocument({ url: OFFSCREEN_URL, reasons: ['WORKERS', 'BLOBS'], justification: 'Reads text in attached images on this device, in a worker.' })
        .catch((error: Error) => {
          // Created by this worker before it was restarted: it is there, and that is what was wanted.
          if (!/single offscreen/i.test(error.message)) throw error;
        });
    }
  })().catch((error) => {
    offscreenReady = undefined;
    throw error;
  });
  await offscreenReady;
}

function closeOffscreenWhenIdle(offscreen: OffscreenApi): void {
  clearTimeout(offscreenIdle);
  offscreenIdle = setTimeout(() => {
    offscreenReady = undefined;
    void offscreen.closeDocument().catch(() => undefined);
  }, OFFSCREEN_IDLE_MS);
}

/**
 * Runs `ask` against the offscreen document, creating it first; if the document had gone (closed,
 * crashed) the answer fails, and it is made again and asked once more.
 */
async function viaOffscreen<T>(offscreen: OffscreenApi, ask: () => Promise<T>): Promise<T> {
  await ensureOffscreen(offscreen);
  try {
    return await ask();
  } catch {
    offscreenReady = undefined;
    await ensureOffscreen(offscreen);
    return await ask();
  } finally {
    closeOffscreenWhenIdle(offscreen);
  }
}

/** Checks an attached file away from the page: in Chrome's offscreen document, in Firefox's background page itself. */
async function checkAttachment(data: unknown): Promise<ImageReport> {
  const report = await checkAttachmentBytes(data);
  const { draftId, site, surface, index } = (data ?? {}) as Record<string, unknown>;
  // History keeps what kind of detail a file held, never its name or the words read from it.
  if (typeof draftId === 'string' && PLATFORMS.includes(site as Platform) && SURFACES.includes(surface as Surface) && Number.isInteger(index) && report.findings.length) {
    await recordImageFindings(db, { draftId: draftId.slice(0, 100), site: site as Platform, surface: surface as Surface, index: index as number }, report.findings).catch((error) => console.error(error));
  }
  return report;
}

async function checkAttachmentBytes(data: unknown): Promise<ImageReport> {
  const { bytes } = (data ?? {}) as Record<string, unknown>;
  if (typeof bytes !== 'string') throw new Error('Safe Harbor refused a malformed attachment check.');
  if (bytes.length > MAX_ATTACHMENT_BASE64) return { kind: 'unknown', findings: [], error: 'This file is too large to check here; check it yourself before posting.' };
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (import.meta.env.BROWSER !== 'firefox') {
    if (!offscreen) return { kind: 'unknown', findings: [], error: 'This browser cannot check images; check it yourself before posting.' };
    return viaOffscreen(offscreen, () => sendMessage('checkImageBytes', { bytes }));
  }
  const [{ checkImage }, { base64ToBytes }, { browserOcr }, { browserFaces }] = await Promise.all([
    import('@/lib/images'),
    import('@/lib/images/base64'),
    import('@/lib/images/browser-ocr'),
    import('@/lib/images/browser-faces'),
  ]);
  const extensionUrl = (file: string): string => (browser.runtime.getURL as (path: string) => string)(`/${file}`);
  localReaders ??= { ocr: browserOcr(extensionUrl), faces: browserFaces(extensionUrl('face-worker.js')) };
  return checkImage(base64ToBytes(bytes), localReaders);
}
let localReaders: import('@/lib/images').PixelReaders | undefined;

/** A cleaned copy of an attached image (boxes blacked out, metadata gone), made where a canvas can run off the page. */
async function cleanAttachment(data: unknown): Promise<{ bytes: string; type: string }> {
  const { bytes, boxes } = (data ?? {}) as Record<string, unknown>;
  const valid = (box: unknown): boolean => !!box && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((box as Record<string, unknown>)[k]));
  if (typeof bytes !== 'string' || bytes.length > MAX_ATTACHMENT_BASE64 || !Array.isArray(boxes) || !boxes.every(valid)) throw new Error('Safe Harbor refused a malformed request for a cleaned copy.');
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (import.meta.env.BROWSER !== 'firefox') {
    if (!offscreen) throw new Error('This browser cannot make a cleaned copy.');
    return viaOffscreen(offscreen, () => sendMessage('cleanImageBytes', { bytes, boxes }));
  }
  const [{ cleanedCopy }, { base64ToBytes, bytesToBase64 }] = await Promise.all([import('@/lib/images/clean'), import('@/lib/images/base64')]);
  const cleaned = await cleanedCopy(base64ToBytes(bytes), boxes);
  return { bytes: bytesToBase64(cleaned.bytes), type: cleaned.type };
}

/** The keyboard shortcut asks the active tab's content script to insert the disclaimer. */
async function onCommand(command: string): Promise<void> {
  if (command !== 'insert-disclaimer') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await sendMessage('insertDisclaimer', undefined, tab.id).catch(() => undefined); // not one of the four sites
}

/** A draft that takes the engine's main paths, checked once per worker so that the user's first check runs warm. */
const WARM_UP_DRAFT = 'Saw a 68M in the ED last night, his wife Mary said he fell near Springfield on 3/4. MRN 00482913 #radiology';
let warm = false;

function warmUp(): void {
  if (warm) return;
  warm = true;
  analyze(WARM_UP_DRAFT, { platform: FIRST_PLATFORM });
}

const PRUNE_ALARM = 'prune-history';

async function prune(): Promise<void> {
  try {
    const settings = await readUserSettings();
    await pruneHistory(db, settings.retentionDays);
    // Draft texts kept while the option was on go when it is off, even if it was turned off elsewhere.
    if (!settings.keepDraftText) await forgetDraftTexts(db);
  } catch (error) {
    console.error('Safe Harbor could not prune history', error);
  }
}

const RULE_IDS = RULES.map((rule) => rule.id);

const CASE_ALARM = 'case-answer-due';

/** Wakes the background when the next unreminded answer falls due. */
async function scheduleCaseAlarm(): Promise<void> {
  const next = (await openCases(db)).find((c) => c.answerDue !== null && !c.reminded);
  if (next?.answerDue) await browser.alarms?.create(CASE_ALARM, { when: Math.max(next.answerDue, Date.now() + 1_000) });
  else await browser.alarms?.clear(CASE_ALARM);
}

/** Answers now due: each is reminded once, by a notification if the user turned reminders on and allowed them. */
async function remindDueAnswers(now = Date.now()): Promise<void> {
  const due = (await openCases(db)).filter((c) => c.answerDue !== null && c.answerDue <= now && !c.reminded);
  const { caseReminders } = await readUserSettings();
  const allowed = caseReminders && (await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false));
  for (const c of due) {
    if (allowed) {
      await browser.notifications
        .create(`case-${c.id}`, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: `Answer due: case #${c.number}`,
          message: `${c.title || 'Your unknown'}${c.hashtag ? ` #${c.hashtag}` : ''}: ${dueLabel(c.answerDue!, now)}.`,
        })
        .catch((error: unknown) => console.error(error));
    }
    await db.cases.update(c.id, { reminded: true });
  }
  await scheduleCaseAlarm();
}

const isDraftId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 100;
const isCaseNumber = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

async function onLogCase(data: unknown) {
  const { draftId, site, surface, number, hashtag, title } = (data ?? {}) as Record<string, unknown>;
  if (!isDraftId(draftId) || !PLATFORMS.includes(site as Platform) || !SURFACES.includes(surface as Surface) || typeof number !== 'number') throw new Error('Safe Harbor refused a malformed case.');
  if ((hashtag !== undefined && typeof hashtag !== 'string') || (title !== undefined && typeof title !== 'string')) throw new Error('Safe Harbor refused a malformed case.');
  return logCase(db, { draftId, site: site as Platform, surface: surface as Surface, number, hashtag, title });
}

async function onEditCase(data: unknown) {
  const { id, title, number } = (data ?? {}) as Record<string, unknown>;
  if (!Number.isInteger(id) || (title !== undefined && typeof title !== 'string') || (number !== undefined && typeof number !== 'number')) throw new Error('Safe Harbor refused a malformed case change.');
  return editCase(db, id as number, { title: title as string | undefined, number: number as number | undefined });
}

async function onCasePosted(data: unknown): Promise<void> {
  const { draftId, answered, answerDay, answerInHours } = (data ?? {}) as Record<string, unknown>;
  if (!isDraftId(draftId) || (answered !== undefined && !isCaseNumber(answered))) return;
  if (answerDay !== undefined && !(Number.isInteger(answerDay) && (answerDay as number) >= 0 && (answerDay as number) <= 6)) return;
  if (answerInHours !== undefined && !(Number.isInteger(answerInHours) && (answerInHours as number) > 0 && (answerInHours as number) <= 24 * 28)) return;
  const settings = await loadEffectiveSettings();
  await recordCasePost(db, { draftId, answered: answered as number | undefined, namedAnswerDay: answerDay as number | undefined, answerInHours: answerInHours as number | undefined }, settings);
  await scheduleCaseAlarm();
}

const MAX_IMPORT_ROWS = 20_000;
const MAPPING_FIELDS = ['number', 'title', 'hashtag', 'site', 'posted', 'answerDue', 'answered'];

async function onImportCases(data: unknown) {
  const { rows, mapping } = (data ?? {}) as Record<string, unknown>;
  const isRow = (row: unknown): row is string[] => Array.isArray(row) && row.length <= 200 && row.every((cell) => typeof cell === 'string' && cell.length <= 10_000);
  const isMapping = (value: unknown): value is ColumnMapping =>
    typeof value === 'object' && value !== null && Object.entries(value).every(([key, column]) => MAPPING_FIELDS.includes(key) && (column === undefined || (Number.isInteger(column) && (column as number) >= 0 && (column as number) < 200)));
  if (!Array.isArray(rows) || rows.length > MAX_IMPORT_ROWS || !rows.every(isRow) || !isMapping(mapping)) throw new Error('Safe Harbor refused a malformed spreadsheet.');
  const settings = await loadEffectiveSettings();
  const parsed = importCases(rows, mapping, new Set());
  const added = await addImportedCases(db, parsed.cases, settings);
  await scheduleCaseAlarm();
  return { imported: added.imported, refused: [...parsed.refused, ...added.refused].sort((a, b) => a.row - b.row) };
}

async function afterSettingsWrite(before: Settings, after: Settings): Promise<void> {
  if (before.keepDraftText && !after.keepDraftText) await forgetDraftTexts(db);
}

/** Records what the user did about a draft's flags (once its latest check is written); a malformed message is dropped. */
async function onOutcome(data: unknown, recorder: DraftRecorder): Promise<void> {
  const { draftId, outcome, ruleId } = (data ?? {}) as Record<string, unknown>;
  if (typeof draftId !== 'string' || !OUTCOMES.includes(outcome as Outcome) || (ruleId !== undefined && typeof ruleId !== 'string')) return;
  await recorder.flush();
  await recordOutcome(db, draftId, outcome as Outcome, ruleId as string | undefined).catch((error) => console.error(error));
}

export default defineBackground(() => {
  const checker: Checker = {
    settings: cachedEffectiveSettings(),
    recorder: createDraftRecorder(db, { keepDraftText: async () => (await readUserSettings()).keepDraftText }),
  };
  const writeSettings = createSettingsWriter(RULE_IDS, async (before, after) => {
    checker.settings.forget();
    await afterSettingsWrite(before, after);
  });
  // A content script (a sender in a tab) is answered only on the checked sites: a tab of a site
  // whose grant was taken back keeps its script running, and is refused from then on.
  const refuseElsewhere = async (sender: { url?: string; tab?: unknown }): Promise<void> => {
    if (sender.tab !== undefined && !(await fromCheckedSite(sender.url))) throw new Error('Safe Harbor does not check this site.');
  };
  const refuseFromTabs = async (sender: { url?: string; tab?: unknown }): Promise<void> => {
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('Only Safe Harbor\'s own pages may change the case log this way.');
  };
  onMessage('checkDraft', async ({ data, sender }) => (await refuseElsewhere(sender), checkDraft(data, checker)));
  onMessage('warmUp', warmUp);
  onMessage('recordOutcome', async ({ data, sender }) => (await refuseElsewhere(sender), onOutcome(data, checker.recorder)));
  // The popup and the options page read history themselves: what typing left waiting is written first.
  onMessage('flushHistory', () => checker.recorder.flush());
  onMessage('checkAttachment', async ({ data, sender }) => (await refuseElsewhere(sender), checkAttachment(data)));
  onMessage('cleanAttachment', ({ data }) => cleanAttachment(data));
  onMessage('logCase', async ({ data, sender }) => (await refuseElsewhere(sender), onLogCase(data)));
  onMessage('editCase', async ({ data, sender }) => (await refuseElsewhere(sender), onEditCase(data)));
  onMessage('casePosted', async ({ data, sender }) => (await refuseElsewhere(sender), onCasePosted(data)));
  // The Cases page (an extension page, never a tab of a site) imports and closes cases.
  onMessage('importCases', async ({ data, sender }) => (await refuseFromTabs(sender), onImportCases(data)));
  onMessage('markCaseAnswered', async ({ data, sender }) => {
    await refuseFromTabs(sender);
    if (!Number.isInteger(data)) throw new Error('Safe Harbor refused a malformed case.');
    await markAnswered(db, data);
    await scheduleCaseAlarm();
  });
  onMessage('changeSettings', ({ data }) => writeSettings(data));
  onMessage('importSettings', ({ data }) => {
    const parsed = parseSettingsFile(typeof data === 'string' ? data : '', RULE_IDS);
    if ('error' in parsed) return { error: `Not imported: ${parsed.error} Your settings are unchanged.` };
    return writeSettings({ set: parsed.settings });
  });
  // History older than the retention period is deleted once a day, and at start.
  void browser.alarms?.create(PRUNE_ALARM, { periodInMinutes: 24 * 60 });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void prune();
    if (alarm.name === CASE_ALARM) void remindDueAnswers().catch((error) => console.error(error));
  });
  void remindDueAnswers().catch((error) => console.error(error));
  void prune();
  browser.commands?.onCommand.addListener((command) => void onCommand(command));
  // A site the user granted (LinkedIn) gets the content script; one they gave up loses it.
  const syncSites = (): void => void syncGrantedScripts().catch((error) => console.error(error));
  try {
    browser.permissions.onAdded.addListener(syncSites);
    browser.permissions.onRemoved.addListener(syncSites);
    syncSites();
  } catch {
    // No permissions API (a test double): no site can have been granted.
  }
});
