import type { Term } from './nlp';

export const CATEGORY_IDS = [
  'phi.name',
  'phi.date',
  'phi.time_hint',
  'phi.age',
  'phi.gender',
  'phi.geo',
  'phi.contact',
  'phi.id',
  'phi.url',
  'phi.rare_case',
  'phi.face',
  'prof.politics',
  'prof.religion',
  'prof.medical_advice',
  'prof.negativity',
  'prof.sarcasm',
  'prof.profanity',
  'prof.evergreen',
  'prof.disclaimer_missing',
] as const;

export type Category = (typeof CATEGORY_IDS)[number];

/** error: identifies a patient; warning: harms a professional image; info: tone and style. */
export type Severity = 'error' | 'warning' | 'info';

/** The sites, and where on them a draft is written: from the one table of sites (pure data). */
import type { Platform, Surface } from '../sites/table';
export { PLATFORMS, SURFACES, type Platform, type Surface } from '../sites/table';

/** A one-click edit: replace text[start, end) of the draft with `text` ('' removes). */
export interface Suggestion {
  label: string;
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One sentence naming the flagged words. */
  message: string;
  /** UTF-16 offsets into the draft, end exclusive. */
  start: number;
  end: number;
  /** The flagged words, `text.slice(start, end)`. */
  actual: string;
  suggestions: Suggestion[];
  /** Why this matters, in the guidance's words. */
  note: string;
}

export interface AnalysisContext {
  platform?: Platform;
  surface?: Surface;
  /** Per-rule severity overrides. */
  severities?: Partial<Record<string, Severity>>;
  /** Rule ids the user turned off. */
  disabledRules?: readonly string[];
  /** The user's own names, handles, e-mail addresses, colleagues and institution: never a patient's. */
  allowList?: readonly string[];
  /**
   * Treat every person, place and date as a patient's. For measuring the generic recognisers on
   * data that has no clinical context; never set in the extension.
   */
  assumePatient?: boolean;
  /** The user's own disclaimer for this platform: it counts as a disclaimer, and is what "add a disclaimer" inserts. */
  disclaimer?: string;
  /**
   * Whether the tone rules also weigh the learned tone model (tone-model.ts); default true. Off only
   * to measure the rules alone, as `npm run train` does.
   */
  toneModel?: boolean;
}

/** What a rule reads: one paragraph of the draft (or the whole draft for document rules). */
export interface RuleInput {
  text: string;
  context: Readonly<AnalysisContext>;
  /** compromise's tokens of `text`, parsed once on first use and shared by all rules. */
  terms(): readonly Term[];
  /**
   * The whole draft, not only this paragraph, is framed without a real patient (a teaching frame,
   * the author's own life, a colleague's news…: subject.ts `framedWithoutPatient`). Never with assumePatient.
   */
  noPatientInDraft: boolean;
}

/** A match found earlier in the same draft, for document rules that combine hints. */
export interface EarlierMatch extends RuleMatch {
  ruleId: string;
  category: Category;
}

/** What a rule reports; the engine adds the rule's id, category, severity, note and `actual`. */
export interface RuleMatch {
  start: number;
  end: number;
  message: string;
  suggestions?: Suggestion[];
  /** Found by the learned tone model (tone-model.ts) rather than by the rule's own patterns. */
  learned?: boolean;
}

export interface Rule {
  /** Equal to the rule's file name; also its settings key. Never renamed. */
  id: string;
  category: Category;
  severity: Severity;
  /** A short title for lists and settings. */
  title: string;
  /** Why the rule exists, taken from the guidance. */
  note: string;
  /**
   * 'paragraph' rules (the default) see one line at a time and are cached by paragraph, so that
   * re-checking a long draft after an edit costs one paragraph; 'document' rules see the whole
   * draft and the paragraph rules' matches.
   */
  scope?: 'paragraph' | 'document';
  check(input: RuleInput, earlier: readonly EarlierMatch[]): RuleMatch[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
