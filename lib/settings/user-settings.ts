import { storage } from 'wxt/utils/storage';
import { DEFAULT_DISCLAIMER, DEFAULT_SHORT_DISCLAIMER } from '../analysis/defaults';
import { PLATFORMS, type Platform, type Severity } from '../analysis/types';

/** What the user chose. Only the background writes it (see changes.ts); everyone may read it. */
export interface Settings {
  /** The disclaimer inserted per platform ("Insert disclaimer"), and accepted as one when already there. */
  disclaimers: Record<Platform, string>;
  /** The short form offered when the disclaimer does not fit (X's 280 characters). */
  shortDisclaimer: string;
  /** Rule ids turned off ("Turn off this rule"). */
  disabledRules: string[];
  /** Words never flagged ("Allow this word"): the user's own names, handles, colleagues, institution. */
  allowList: string[];
  /** Sites where checking is paused. */
  pausedSites: Platform[];
  /** Hashes of findings ignored where they stand ("Ignore here"); no words are stored. */
  ignored: string[];
  /** Ask before posting while patient identifiers remain. */
  postGuard: boolean;
  /** Severity chosen per rule id, over the rule's default. */
  severities: Record<string, Severity>;
  /** Days of history kept. */
  retentionDays: number;
  /** Off by default: also keep the full text of flagged drafts in history on this computer. */
  keepDraftText: boolean;
  /** The user's own hashtag for tracking teaching cases ("LuriePedsNeuro", no "#"); '' for none. */
  caseHashtag: string;
  /** Hours after an unknown is posted that its answer is due, unless a weekly answer day is set. */
  answerAfterHours: number;
  /** The weekly schedule: the weekday unknowns go out and the weekday answers are due (0 = Sunday), or null. */
  questionWeekday: number | null;
  answerWeekday: number | null;
  /** Off by default: a browser notification when an answer is due (asks for the notifications permission). */
  caseReminders: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  disclaimers: Object.fromEntries(PLATFORMS.map((platform) => [platform, DEFAULT_DISCLAIMER])) as Record<Platform, string>,
  shortDisclaimer: DEFAULT_SHORT_DISCLAIMER,
  disabledRules: [],
  allowList: [],
  pausedSites: [],
  ignored: [],
  postGuard: true,
  severities: {},
  retentionDays: 30,
  keepDraftText: false,
  caseHashtag: '',
  answerAfterHours: 48,
  questionWeekday: null,
  answerWeekday: null,
  caseReminders: false,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** The user's own settings, without the institution's policy: what an export contains. */
export async function readUserSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  // Settings saved before a site was added have no disclaimer for it: that site gets the default.
  return { ...DEFAULT_SETTINGS, ...stored, disclaimers: { ...DEFAULT_SETTINGS.disclaimers, ...stored?.disclaimers } };
}
