import { PLATFORMS, type Platform, type Severity } from '../analysis/types';
import { DEFAULT_SETTINGS, type Settings } from './user-settings';

/** How much each setting may hold, so that no file or page can make every check slow or fill storage. */
export const SETTINGS_LIMITS = {
  disclaimer: 500,
  shortDisclaimer: 100,
  allowListEntries: 2_000,
  allowListEntryLength: 100,
  ignoredEntries: 10_000,
  ignoredEntryLength: 64,
  retentionDays: 3_650,
  caseHashtag: 60,
  answerAfterHours: 24 * 28,
} as const;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const count = (n: number): string => n.toLocaleString('en-US');

type Result = { settings: Settings } | { error: string };

/**
 * Checks settings field by field; a missing field takes its default. Anything wrong is refused
 * whole with a message that says which setting and why; nothing is half-applied.
 */
export function validateSettings(value: unknown, knownRules: readonly string[]): Result {
  if (!isPlainObject(value)) return { error: 'The settings must be an object of named settings.' };
  const s = value as Partial<Record<keyof Settings, unknown>>;
  const settings: Settings = { ...DEFAULT_SETTINGS, severities: {} };

  if (s.disclaimers !== undefined) {
    if (!isPlainObject(s.disclaimers)) return { error: 'Disclaimers must map each platform to a text.' };
    for (const [platform, text] of Object.entries(s.disclaimers)) {
      if (!PLATFORMS.includes(platform as Platform)) return { error: `Disclaimers name an unknown platform: "${platform.slice(0, 40)}".` };
      if (typeof text !== 'string' || text.length > SETTINGS_LIMITS.disclaimer) return { error: `The ${platform} disclaimer must be a text of at most ${SETTINGS_LIMITS.disclaimer} characters.` };
    }
    settings.disclaimers = { ...DEFAULT_SETTINGS.disclaimers, ...(s.disclaimers as Partial<Record<Platform, string>>) };
  }
  if (s.shortDisclaimer !== undefined) {
    if (typeof s.shortDisclaimer !== 'string' || s.shortDisclaimer.length > SETTINGS_LIMITS.shortDisclaimer) {
      return { error: `The short disclaimer must be a text of at most ${SETTINGS_LIMITS.shortDisclaimer} characters.` };
    }
    settings.shortDisclaimer = s.shortDisclaimer;
  }
  if (s.allowList !== undefined) {
    if (!isStringList(s.allowList)) return { error: 'Allowed words must be a list of texts.' };
    const words = [...new Set(s.allowList.map((w) => w.trim()).filter(Boolean))];
    if (words.length > SETTINGS_LIMITS.allowListEntries) return { error: `Allowed words can hold at most ${count(SETTINGS_LIMITS.allowListEntries)} entries; this has ${count(words.length)}.` };
    const long = words.find((w) => w.length > SETTINGS_LIMITS.allowListEntryLength);
    if (long) return { error: `Each allowed word must be at most ${SETTINGS_LIMITS.allowListEntryLength} characters; one has ${count(long.length)}.` };
    settings.allowList = words;
  }
  if (s.ignored !== undefined) {
    if (!isStringList(s.ignored)) return { error: 'Ignored findings must be a list of texts.' };
    const ignored = [...new Set(s.ignored)];
    if (ignored.length > SETTINGS_LIMITS.ignoredEntries) return { error: `Ignored findings can hold at most ${count(SETTINGS_LIMITS.ignoredEntries)} entries; this has ${count(ignored.length)}.` };
    if (ignored.some((i) => i.length > SETTINGS_LIMITS.ignoredEntryLength)) return { error: 'Ignored findings hold short codes, not text: this list has something else in it.' };
    settings.ignored = ignored;
  }
  if (s.disabledRules !== undefined) {
    if (!isStringList(s.disabledRules)) return { error: 'Turned-off rules must be a list of rule ids.' };
    const unknown = s.disabledRules.filter((id) => !knownRules.includes(id));
    if (unknown.length) return { error: `Turned-off rules name rules that do not exist: ${unknown.slice(0, 5).map((id) => id.slice(0, 40)).join(', ')}.` };
    settings.disabledRules = [...new Set(s.disabledRules)];
  }
  if (s.pausedSites !== undefined) {
    if (!isStringList(s.pausedSites) || s.pausedSites.some((p) => !PLATFORMS.includes(p as Platform))) return { error: `Paused sites must list platforms: ${PLATFORMS.join(', ')}.` };
    settings.pausedSites = [...new Set(s.pausedSites as Platform[])];
  }
  if (s.severities !== undefined) {
    if (!isPlainObject(s.severities)) return { error: 'Severities must map rule ids to error, warning or info.' };
    for (const [rule, severity] of Object.entries(s.severities)) {
      if (!knownRules.includes(rule)) return { error: `Severities name a rule that does not exist: "${rule.slice(0, 40)}".` };
      if (!SEVERITIES.includes(severity as Severity)) return { error: `The severity of "${rule}" must be error, warning or info.` };
    }
    settings.severities = s.severities as Record<string, Severity>;
  }
  if (s.retentionDays !== undefined) {
    if (!Number.isInteger(s.retentionDays) || (s.retentionDays as number) < 1 || (s.retentionDays as number) > SETTINGS_LIMITS.retentionDays) {
      return { error: `Days of history kept must be a whole number from 1 to ${count(SETTINGS_LIMITS.retentionDays)}.` };
    }
    settings.retentionDays = s.retentionDays as number;
  }
  if (s.caseHashtag !== undefined) {
    const tag = typeof s.caseHashtag === 'string' ? s.caseHashtag.trim().replace(/^#/, '') : undefined;
    if (tag === undefined || tag.length > SETTINGS_LIMITS.caseHashtag || (tag !== '' && !/^[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*$/u.test(tag))) {
      return { error: `Your case hashtag must be one word of letters, digits or "_", at most ${SETTINGS_LIMITS.caseHashtag} characters.` };
    }
    settings.caseHashtag = tag;
  }
  if (s.answerAfterHours !== undefined) {
    if (!Number.isInteger(s.answerAfterHours) || (s.answerAfterHours as number) < 1 || (s.answerAfterHours as number) > SETTINGS_LIMITS.answerAfterHours) {
      return { error: `Hours until an answer is due must be a whole number from 1 to ${count(SETTINGS_LIMITS.answerAfterHours)}.` };
    }
    settings.answerAfterHours = s.answerAfterHours as number;
  }
  for (const key of ['questionWeekday', 'answerWeekday'] as const) {
    if (s[key] === undefined) continue;
    if (s[key] !== null && !(Number.isInteger(s[key]) && (s[key] as number) >= 0 && (s[key] as number) <= 6)) return { error: `"${key}" must be a weekday from 0 (Sunday) to 6, or none.` };
    settings[key] = s[key] as number | null;
  }
  for (const key of ['keepDraftText', 'postGuard', 'caseReminders'] as const) {
    if (s[key] === undefined) continue;
    if (typeof s[key] !== 'boolean') return { error: `"${key}" must be true or false.` };
    settings[key] = s[key];
  }
  return { settings };
}

/**
 * Settings stored by an older version, within today's limits: over-long texts are cut, lists are
 * capped, and rules that no longer exist are dropped. A change is validated after this, so that
 * what was stored before a limit existed never blocks an unrelated change.
 */
export function withinLimits(stored: Settings, knownRules: readonly string[]): Settings {
  const texts = (list: readonly string[], count: number, length: number): string[] => [...new Set(list.filter((t) => typeof t === 'string' && t.length <= length))].slice(0, count);
  const retentionDays = Number.isInteger(stored.retentionDays) ? Math.min(Math.max(stored.retentionDays, 1), SETTINGS_LIMITS.retentionDays) : DEFAULT_SETTINGS.retentionDays;
  return {
    ...stored,
    disclaimers: Object.fromEntries(PLATFORMS.map((p) => [p, String(stored.disclaimers?.[p] ?? DEFAULT_SETTINGS.disclaimers[p]).slice(0, SETTINGS_LIMITS.disclaimer)])) as Settings['disclaimers'],
    shortDisclaimer: String(stored.shortDisclaimer ?? '').slice(0, SETTINGS_LIMITS.shortDisclaimer),
    allowList: texts(stored.allowList ?? [], SETTINGS_LIMITS.allowListEntries, SETTINGS_LIMITS.allowListEntryLength),
    ignored: texts(stored.ignored ?? [], SETTINGS_LIMITS.ignoredEntries, SETTINGS_LIMITS.ignoredEntryLength),
    disabledRules: (stored.disabledRules ?? []).filter((id) => knownRules.includes(id)),
    pausedSites: (stored.pausedSites ?? []).filter((p) => PLATFORMS.includes(p)),
    severities: Object.fromEntries(Object.entries(stored.severities ?? {}).filter(([id, severity]) => knownRules.includes(id) && SEVERITIES.includes(severity))),
    retentionDays,
  };
}
