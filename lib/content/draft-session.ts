import { siteRow } from '../sites/table';
import { withTimeout } from '../timeout';
import { findingFingerprint } from '../analysis/fingerprint';
import type { Finding, Surface } from '../analysis/types';
import { disclaimerInsertion } from '../disclaimer';
import type { Outcome } from '../history/db';
import { base64ToBytes } from '../images/base64';
import type { ImageReport } from '../images/types';
import { sendMessage } from '../messaging';
import { undoOf, type SettingsChange } from '../settings/changes';
import { requestSettingsChange } from '../settings/client';
import { canAllowWord } from '../settings/allow-list';
import { readUserSettings } from '../settings/user-settings';
import type { SiteAdapter } from '../sites';
import { editorKind, replaceText, selectRange, type InsertOutcome } from '../sites/insert';
import { findingItems, guardedItems } from './finding-items';
import type { Attachment } from './panel-store';
import type { PanelActions, PanelStore } from './panel-store';
import type { Underlines } from './underlines';

/** The pause in typing after which a draft is checked: short enough that the panel answers within a quarter second even when the background engine runs cold. */
export const CHECK_DELAY_MS = 75;
/** Largest attachment read and checked (its base64 must fit in one extension message). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const POSTED_CLEAR_MS = 1_500;
/** A file whose check has not answered by then is reported as not checked, so Post is never held for ever. */
const CHECK_FILE_TIMEOUT_MS = 90_000;

/** How much of a video's start and end is read for its metadata. */
const VIDEO_PART_BYTES = 4 * 1024 * 1024;

/** A file's bytes as base64, read by the browser without copying them through a string of its own. */
function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
const RETRY_DELAY_MS = 750;
/** How long an action's outcome, and its Undo, stay on screen. */
const NOTICE_MS = 12_000;

/** WXT's content-script context, whose timers stop when the extension is reloaded. */
interface Timers {
  setTimeout(handler: () => void, ms: number): number;
}

const OUTCOME_NOTICE: Record<InsertOutcome, string> = {
  inserted: '',
  copied: 'Copied to your clipboard: press Ctrl+V (⌘V on a Mac) to paste it.',
  failed: 'The editor did not take the change as expected: check the post before you send it.',
};

/**
 * Watches one compose box: reads its text after the user pauses, asks the background to check it,
 * and puts the answer in the panel's store. Touches the editor only when the user clicks an action.
 */
export class DraftSession {
  readonly draftId = crypto.randomUUID();
  private timer: number | undefined;
  private sequence = 0;
  /** One check in flight per box: a check due meanwhile waits for it, and then reads the newest text. */
  private inFlight = false;
  private checkWaiting = false;
  /** Counts up when settings or the thread change: an answer computed before that is not the last word. */
  private generation = 0;
  /** Settings changed since the last check was sent: the background is told to read them again. */
  private settingsChanged = false;
  private lastChecked: string | undefined;
  private readonly observer: MutationObserver;
  /** Set while "Post anyway" re-sends the click the post guard held back. */
  bypassGuard = false;

  constructor(
    readonly element: HTMLElement,
    readonly surface: Surface,
    /** The adapter that reads this box: the site's own, or the generic checker's. */
    readonly site: SiteAdapter,
    readonly store: PanelStore,
    private readonly timers: Timers,
    private readonly isStopped: () => boolean,
    onChange?: (session: DraftSession) => void,
    private readonly underlines?: Underlines,
  ) {
    // Draft.js and Lexical change the DOM without an `input` event on paste and undo.
    this.observer = new MutationObserver(() => {
      this.schedule();
      onChange?.(this);
    });
    this.observer.observe(element, { childList: true, subtree: true, characterData: true });
    element.addEventListener('input', this.schedule);
    store.setState({ actions: this.actions });
    this.schedule(0);
  }

  /** Whether pressing Enter here starts a new line (not where it sends, nor in a box Safe Harbor does not know). */
  private get enterMakesNewLine(): boolean {
    return !this.site.generic && !(siteRow(this.site.id)?.enterSends ?? []).includes(this.surface);
  }

  readonly schedule = (delay: number | Event = CHECK_DELAY_MS): void => {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => void this.check(), typeof delay === 'number' ? delay : CHECK_DELAY_MS);
  };

  /** Checks again even if the text did not change (after an action, or when settings changed). */
  recheck({ settingsChanged = false } = {}): void {
    this.settingsChanged ||= settingsChanged;
    this.generation++;
    this.lastChecked = undefined;
    this.schedule(0);
  }

  /** The thread this post belongs to, read fresh, when there is more than one post. */
  private thread(): { texts: string[]; index: number } | undefined {
    const posts = this.site.threadOf?.(this.element) ?? [];
    const index = posts.indexOf(this.element);
    if (posts.length < 2 || index < 0) return undefined;
    return { texts: posts.map((post) => this.site.readText(post)), index };
  }

  /** Part of a thread whose other posts changed: check again after the usual pause, even if this post did not change. */
  threadChanged(): void {
    this.generation++;
    this.lastChecked = undefined;
    this.schedule();
  }

  readText(): string {
    return this.site.readText(this.element);
  }

  /** Patient identifiers remain, in the text or an attachment, or an attachment is still being checked: the post guard asks first. */
  hasErrors(): boolean {
    const { findings, quoted, attachments } = this.store.getState();
    return (
      [...findings, ...quoted].some((f) => f.severity === 'error') ||
      attachments.some((a) => a.status === 'checking' || a.findings.some((f) => f.severity === 'error'))
    );
  }

  private attachmentCount = 0;
  private readonly replacing = new Set<string>();
  private fileQueue: Promise<void> = Promise.resolve();
  /** Each attachment's file, and the site's file input it came from (for "Replace"). */
  private readonly sources = new Map<string, { file: File; input?: HTMLInputElement }>();

  /** The files attached to this draft, with the site's inputs they came from, in the order they came. */
  attachedFiles(): Array<{ file: File; input?: HTMLInputElement }> {
    return [...this.sources.values()];
  }

  /**
   * Checks files attached to the post (picked, dropped or pasted), each away from the page, and
   * shows what they hold. A file already being watched (the site re-sent its input's change) is not checked twice.
   */
  checkFiles(files: readonly File[], input?: HTMLInputElement): void {
    if (this.store.getState().status === 'paused') return;
    const known = new Set([...this.sources.values()].map((s) => s.file));
    for (const file of files) {
      if (known.has(file)) continue;
      const key = `${this.draftId}:${this.attachmentCount++}`;
      this.sources.set(key, { file, input });
      const raster = /^image\/(?:png|jpeg|gif|webp|bmp)$/.test(file.type);
      const attachment: Attachment = {
        key,
        name: file.name,
        status: 'checking',
        findings: [],
        preview: raster && file.size <= MAX_ATTACHMENT_BYTES ? URL.createObjectURL(file) : undefined,
        cleanable: false,
        replaceable: false,
      };
      this.updateAttachment(attachment);
      const index = this.attachmentCount - 1;
      // One file at a time: ten attached files do not hold ten copies in the page at once.
      const checked = this.fileQueue.then(() => (this.sources.has(key) ? withTimeout(this.checkFile(file, index), CHECK_FILE_TIMEOUT_MS) : Promise.reject(new Error('gone'))));
      this.fileQueue = checked.then(
        () => undefined,
        () => undefined,
      );
      void checked.then(
        (report) => {
          const cleanable = ['png', 'jpeg', 'dicom'].includes(report.kind) && report.findings.length > 0 && !report.error;
          this.updateAttachment({ ...attachment, status: 'done', findings: report.findings, error: report.error, cleanable, replaceable: cleanable && !!input?.isConnected });
        },
        () => this.updateAttachment({ ...attachment, status: 'done', error: 'Could not check this file; check it yourself before posting.' }),
      );
    }
  }

  /** The cleaned copy of an attachment, made off the page: what was found blacked out, metadata gone. */
  private async cleanedFile(key: string): Promise<File | undefined> {
    const source = this.sources.get(key);
    const attachment = this.store.getState().attachments.find((a) => a.key === key);
    if (!source || !attachment?.cleanable) return undefined;
    const boxes = attachment.findings.flatMap((f) => (f.box ? [f.box] : []));
    const cleaned = await sendMessage('cleanAttachment', { bytes: await readAsBase64(source.file), boxes });
    const name = source.file.name.replace(/(\.[^.]*)?$/, cleaned.type === 'image/png' ? '-cleaned.png' : '-cleaned.jpg');
    return new File([base64ToBytes(cleaned.bytes) as BlobPart], name, { type: cleaned.type, lastModified: Date.now() });
  }

  private removeAttachment(key: string): void {
    const attachment = this.store.getState().attachments.find((a) => a.key === key);
    if (attachment?.preview) URL.revokeObjectURL(attachment.preview);
    this.sources.delete(key);
    this.store.setState({ attachments: this.store.getState().attachments.filter((a) => a.key !== key) });
  }

  private async checkFile(file: File, index: number): Promise<ImageReport> {
    // A video's metadata lives at its start or its end: those are read, however long the video.
    const video = /^video\//.test(file.type) || /\.(?:mp4|mov|m4v|webm)$/i.test(file.name);
    if (file.size > MAX_ATTACHMENT_BYTES && !video) return { kind: 'unknown', findings: [], error: `This file is over ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB and was not checked; check it yourself before posting.` };
    const part = video && file.size > 2 * VIDEO_PART_BYTES ? new Blob([file.slice(0, VIDEO_PART_BYTES), file.slice(file.size - VIDEO_PART_BYTES)]) : file;
    const bytes = await readAsBase64(part);
    return sendMessage('checkAttachment', { draftId: this.draftId, site: this.site.id, surface: this.surface, index, bytes });
  }

  private updateAttachment(attachment: Attachment): void {
    // A check that finishes after its file was cleared (posted, replaced) does not bring it back.
    if (this.stopped || this.isStopped() || !this.sources.has(attachment.key)) return;
    const attachments = this.store.getState().attachments.filter((a) => a.key !== attachment.key);
    this.store.setState({ attachments: [...attachments, attachment].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true })) });
  }

  /** The post went out: its attachments go with it, once the site has taken them; a teaching case notes it. */
  posted(): void {
    const teaching = this.store.getState().report?.teaching;
    if (teaching) {
      const answered = teaching.answers && (teaching.answers.names || this.answering === teaching.answers.number) ? teaching.answers.number : undefined;
      void sendMessage('casePosted', { draftId: this.draftId, answered, answerDay: teaching.answerDay, answerInHours: teaching.answerInHours }).catch(() => undefined);
      this.answering = undefined;
    }
    const sent = [...this.sources.keys()];
    this.timers.setTimeout(() => {
      for (const key of sent) this.removeAttachment(key);
    }, POSTED_CLEAR_MS);
  }

  /** The post went out (or the box was emptied): its attachments are no longer this draft's. */
  clearAttachments(): void {
    for (const attachment of this.store.getState().attachments) if (attachment.preview) URL.revokeObjectURL(attachment.preview);
    this.sources.clear();
    this.store.setState({ attachments: [] });
  }

  private async check(retry = true): Promise<void> {
    this.timer = undefined;
    if (this.isStopped() || !this.element.isConnected) return;
    if (this.inFlight) {
      this.checkWaiting = true;
      return;
    }
    this.inFlight = true;
    try {
      await this.checkNow(retry);
    } finally {
      this.inFlight = false;
    }
    if (this.checkWaiting) {
      this.checkWaiting = false;
      this.schedule(0);
    }
  }

  private takeSettingsChanged(): boolean {
    const changed = this.settingsChanged;
    this.settingsChanged = false;
    return changed;
  }

  private async checkNow(retry: boolean): Promise<void> {
    const text = this.readText();
    if (text === this.lastChecked) return;
    const sequence = ++this.sequence;
    const generation = this.generation;
    this.underlines?.clear(this);
    if (text.trim() === '') {
      this.lastChecked = text;
      this.store.setState({ status: 'idle', findings: [] });
      return;
    }
    this.store.setState({ status: 'checking' });
    try {
      const report = await sendMessage('checkDraft', {
        draftId: this.draftId,
        sequence,
        text,
        site: this.site.id,
        surface: this.surface,
        thread: this.thread(),
        quoted: this.site.quotedText?.(this.element),
        ...(this.takeSettingsChanged() ? { settingsChanged: true } : {}),
      });
      if (sequence !== this.sequence) return;
      // Settings or the thread changed while this was checked: the check waiting behind it must run.
      if (generation === this.generation) this.lastChecked = text;
      this.store.setState({ status: report.paused ? 'paused' : 'ready', findings: report.findings, quoted: report.quoted, report });
      // Offsets belong to the text that was checked: underline only if it is still what the editor holds.
      if (this.readText() === text) this.underlines?.set(this, this.element, report.findings);
      else this.underlines?.clear(this);
    } catch {
      if (sequence !== this.sequence || this.isStopped()) return;
      // A stopped service worker wakes on the next message; try once more before saying so.
      if (retry) {
        this.timers.setTimeout(() => void this.check(false), RETRY_DELAY_MS);
        return;
      }
      this.store.setState({ status: 'unavailable' });
    }
  }

  private noticeTimer: number | undefined;

  /** Says how an action went; the notice (and its Undo) goes after a while, as a toast does. */
  private notify(notice: string, undo?: () => Promise<void>): void {
    this.store.setState({ notice: notice || undefined, undo });
    if (this.noticeTimer !== undefined) clearTimeout(this.noticeTimer);
    this.noticeTimer = notice ? this.timers.setTimeout(() => this.store.setState({ notice: undefined, undo: undefined }), NOTICE_MS) : undefined;
  }

  /** Changes settings from the panel and offers to put back what the change altered. */
  private async changeSettings(change: SettingsChange, notice: string): Promise<void> {
    const before = await readUserSettings();
    const result = await requestSettingsChange(change);
    if ('error' in result) return this.notify(result.error);
    const undo = undoOf(before, change);
    this.notify(notice, async () => {
      const undone = await requestSettingsChange(undo);
      this.notify('error' in undone ? undone.error : 'Undone.');
    });
  }

  private readonly actions: PanelActions = {
    applySuggestion: async (finding: Finding, index: number) => {
      const suggestion = finding.suggestions[index];
      const text = this.readText();
      if (!suggestion || text.slice(finding.start, finding.end) !== finding.actual) {
        this.notify('The draft changed since it was checked; try again in a moment.');
        return this.recheck();
      }
      const outcome = await replaceText(this.element, suggestion.start, suggestion.end, suggestion.text, () => this.readText());
      this.notify(outcome === 'inserted' ? `Applied: ${suggestion.label}.` : OUTCOME_NOTICE[outcome]);
      this.recheck();
    },
    applyAll: async (fixes) => {
      // From the end of the draft backwards, so each fix leaves the offsets of the ones before it intact.
      const ordered = [...fixes].sort((a, b) => b.suggestion.start - a.suggestion.start);
      let applied = 0;
      let limit = Number.POSITIVE_INFINITY;
      for (const { finding, suggestion } of ordered) {
        if (suggestion.end > limit) continue;
        const text = this.readText();
        if (text.slice(finding.start, finding.end) !== finding.actual) break;
        const outcome = await replaceText(this.element, suggestion.start, suggestion.end, suggestion.text, () => this.readText());
        if (outcome !== 'inserted') {
          this.notify(OUTCOME_NOTICE[outcome]);
          return this.recheck();
        }
        applied++;
        limit = suggestion.start;
      }
      this.notify(applied === fixes.length ? `Applied ${applied} fixes.` : `Applied ${applied} of ${fixes.length} fixes; check the rest.`);
      this.recheck();
    },
    selectWords: (start: number, end: number) => {
      const length = this.readText().length;
      selectRange(this.element, editorKind(this.element), Math.min(start, length), Math.min(end, length));
    },
    focusEditor: () => this.element.focus(),
    saveCleanCopy: async (key: string) => {
      try {
        const file = await this.cleanedFile(key);
        if (!file) return this.notify('No cleaned copy can be made of this file.');
        const url = URL.createObjectURL(file);
        const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
        link.click();
        this.timers.setTimeout(() => URL.revokeObjectURL(url), 60_000);
        this.notify(`Saved "${file.name}": the flagged text is blacked out and the metadata removed. Check it before you attach it.`);
      } catch {
        this.notify('The cleaned copy could not be made; edit the image yourself before posting.');
      }
    },
    replaceWithCleanCopy: async (key: string) => {
      const source = this.sources.get(key);
      const input = source?.input;
      if (!input?.isConnected || !source) return this.notify('The site no longer has this attachment in its file picker; use "Save a cleaned copy" and attach that.');
      if (this.replacing.has(key)) return;
      this.replacing.add(key);
      try {
        const file = await this.cleanedFile(key);
        if (!file) return this.notify('No cleaned copy can be made of this file.');
        const current = [...(input.files ?? [])];
        const stillThere = current.includes(source.file);
        const files = new DataTransfer();
        for (const f of current) files.items.add(f === source.file ? file : f);
        if (!stillThere) files.items.add(file);
        input.files = files.files;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        this.checkFiles([file], input);
        // Where the site had already taken the original from its input, it may still be in the post: it stays listed (and guarded).
        if (stillThere) this.removeAttachment(key);
        this.notify(stillThere ? 'Replaced with the cleaned copy.' : `Added "${file.name}". The original may still be in the post: remove it there, then here.`);
      } catch {
        this.notify('The cleaned copy could not be made; edit the image yourself before posting.');
      } finally {
        this.replacing.delete(key);
      }
    },
    insertDisclaimer: async (short = false) => {
      const report = this.store.getState().report;
      // In a thread the disclaimer goes at the end of the last post.
      const target = (this.site.threadOf?.(this.element) ?? []).at(-1) ?? this.element;
      const read = () => this.site.readText(target);
      const text = read();
      const disclaimer = report?.disclaimer;
      if (!disclaimer) return;
      if (!disclaimer.offered) return this.notify('A title cannot carry a disclaimer: add it to the description.');
      if (disclaimer.present) return this.notify('Your disclaimer is already in this post.');
      const chosen = short ? disclaimer.short : disclaimer;
      if (!chosen.fits) {
        return this.notify(
          disclaimer.short.fits && !short
            ? `Your disclaimer does not fit within ${this.site.name}'s limit; the short form does.`
            : `Your disclaimer does not fit within ${this.site.name}'s limit. Shorten the post first.`,
        );
      }
      const outcome = await replaceText(target, text.length, text.length, disclaimerInsertion(text, chosen.text), read, { enterMakesNewLine: this.enterMakesNewLine });
      if (outcome === 'copied') await navigator.clipboard.writeText(chosen.text).catch(() => undefined);
      this.notify(outcome === 'inserted' ? 'Disclaimer added at the end of the post.' : OUTCOME_NOTICE[outcome]);
      this.recheck();
    },
    logCase: async (number: number, title?: string) => {
      const teaching = this.store.getState().report?.teaching;
      const result = await sendMessage('logCase', { draftId: this.draftId, site: this.site.id, surface: this.surface, number, hashtag: teaching?.hashtag ?? '', title }).catch(
        () => ({ ok: false as const, error: 'The case log is not available right now. Try again.' }),
      );
      if (!result.ok) return this.notify(result.error);
      this.notify(title ? `Case #${result.case.number} saved: "${result.case.title}".` : `Logged as case #${result.case.number}. Its answer is due once you post.`);
      this.recheck();
    },
    editCase: async (id: number, change: { title?: string; number?: number }) => {
      const result = await sendMessage('editCase', { id, ...change }).catch(() => ({ ok: false as const, error: 'The case log is not available right now. Try again.' }));
      this.notify(result.ok ? `Case #${result.case.number} saved${result.case.title ? `: "${result.case.title}"` : ''}.` : result.error);
      if (result.ok) this.recheck();
    },
    answerCase: async () => {
      const answer = this.store.getState().report?.teaching?.answers;
      if (!answer) return;
      const target = (this.site.threadOf?.(this.element) ?? []).at(-1) ?? this.element;
      const read = () => this.site.readText(target);
      const text = read();
      if (!answer.addition) {
        this.answering = answer.number;
        return this.notify(`This post already names case #${answer.number}, its hashtag and your disclaimer.`);
      }
      const outcome = await replaceText(target, text.length, text.length, answer.addition, read, { enterMakesNewLine: this.enterMakesNewLine });
      if (outcome === 'copied') await navigator.clipboard.writeText(answer.addition.trim()).catch(() => undefined);
      if (outcome !== 'failed') this.answering = answer.number;
      this.notify(outcome === 'inserted' ? `Case #${answer.number} is marked answered when you post.` : OUTCOME_NOTICE[outcome]);
      this.recheck();
    },
    ignoreHere: async (finding: Finding) => {
      const fingerprint = findingFingerprint(this.readText(), finding);
      await this.sendOutcome('ignored', finding.ruleId);
      await this.changeSettings({ add: { ignored: [fingerprint] } }, 'Ignored here, even as you keep editing.');
    },
    allowWord: async (finding: Finding) => {
      if (!canAllowWord(finding)) return this.notify('Numbers and contact details cannot be allowed everywhere; use "Ignore here".');
      await this.changeSettings({ add: { allowList: [finding.actual.trim()] } }, `"${finding.actual}" will not be flagged again.`);
    },
    turnOffRule: async (finding: Finding) => {
      await this.changeSettings({ add: { disabledRules: [finding.ruleId] } }, 'This rule is off everywhere.');
    },
    setPaused: async (paused: boolean) => {
      await this.changeSettings(
        paused ? { add: { pausedSites: [this.site.id] } } : { remove: { pausedSites: [this.site.id] } },
        paused ? `Paused on ${this.site.name}.` : `Checking again on ${this.site.name}.`,
      );
    },
    resolveGuard: (post: boolean, review = true) => {
      if (!this.store.getState().guardOpen) return;
      const pending = this.pendingPost;
      this.pendingPost = undefined;
      this.store.setState({ guardOpen: false });
      if (post && pending) {
        void this.sendOutcome('posted-anyway');
        this.bypassGuard = true;
        try {
          pending();
        } finally {
          this.bypassGuard = false;
        }
        this.posted();
        return;
      }
      if (!review) return;
      // Review: back to the draft, at the first words that held the post back, with their card open.
      const first = guardedItems(findingItems(this.store.getState().findings))[0];
      if (first && !first.wholePost) {
        this.actions.selectWords(first.start, first.end);
        this.store.setState({ card: { key: first.key, focus: false, hover: false } });
      } else {
        this.element.focus();
      }
    },
  };

  private pendingPost: (() => void) | undefined;
  /** The case whose answer "Answer case #N" wrote into this draft. */
  private answering: number | undefined;

  private async sendOutcome(outcome: Outcome, ruleId?: string): Promise<void> {
    await sendMessage('recordOutcome', { draftId: this.draftId, outcome, ruleId }).catch(() => undefined);
  }

  /** Holds a post back and asks; `post` sends it exactly as the user wrote if they choose to. */
  guard(post: () => void): void {
    this.pendingPost = post;
    this.store.setState({ guardOpen: true, listOpen: false, card: undefined });
  }

  private stopped = false;

  stop(): void {
    this.sequence++;
    this.clearAttachments();
    this.stopped = true;
    if (this.noticeTimer !== undefined) clearTimeout(this.noticeTimer);
    this.underlines?.clear(this);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.observer.disconnect();
    this.element.removeEventListener('input', this.schedule);
  }
}
