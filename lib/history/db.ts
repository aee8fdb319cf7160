import Dexie, { type EntityTable } from 'dexie';
import type { Category, Platform, Severity, Surface } from '../analysis/types';
import { remaskStoredExcerpt } from './mask';

/** One finding in one draft, as history keeps it: never the draft's own words. */
export interface Flag {
  id: number;
  draftId: string;
  /** Tells repeated findings of one rule in one draft apart without storing their words. */
  fingerprint: string;
  site: Platform;
  surface: Surface;
  ruleId: string;
  category: Category;
  severity: Severity;
  /** The common words around the finding; everything else masked by kind ("a [AGE] with [NAME?]"). */
  excerpt: string;
  createdAt: number;
  updatedAt: number;
  /** The whole draft, only while the user keeps "keep the full text of flagged drafts" on. */
  draftText?: string;
  /** What happened next, where known: edited away, ignored, or posted anyway through the guard. */
  outcome: Outcome | null;
}

/** The last check of a draft that history took in: an older check that arrives later is ignored. */
export interface DraftState {
  draftId: string;
  sequence: number;
  updatedAt: number;
}

/** A numbered teaching case in the user's case log: numbers, dates, site, hashtag and a checked title; never the post. */
export interface TeachingCase {
  id: number;
  /** The case's number in the user's series; one case per number. */
  number: number;
  site: Platform;
  surface: Surface;
  /** The user's short title, checked by the engine before it is stored; '' for none. */
  title: string;
  /** The tracking hashtag, without "#"; '' for none. */
  hashtag: string;
  /** logged: not posted yet; question-posted: the unknown went out; answered: its answer too. */
  status: CaseStatus;
  createdAt: number;
  /** When the Post click that followed the logging went through. */
  postedAt: number | null;
  answerDue: number | null;
  answeredAt: number | null;
  /** The compose box it was logged from, until its post goes out (a random id, nothing of the page). */
  draftId: string | null;
  /** A reminder was shown for its due answer. */
  reminded: boolean;
}

export const CASE_STATUSES = ['logged', 'question-posted', 'answered'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const OUTCOMES = ['fixed', 'ignored', 'posted-anyway'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export class SafeHarborDB extends Dexie {
  flags!: EntityTable<Flag, 'id'>;
  drafts!: EntityTable<DraftState, 'draftId'>;
  cases!: EntityTable<TeachingCase, 'id'>;

  constructor(name = 'safe-harbor') {
    super(name);
    this.version(1).stores({ flags: '++id, &[draftId+fingerprint], draftId, createdAt' });
    // Version 2 records what happened to each flag; existing rows are kept, with no outcome yet.
    this.version(2)
      .stores({ flags: '++id, &[draftId+fingerprint], draftId, createdAt, outcome' })
      .upgrade((tx) =>
        tx
          .table('flags')
          .toCollection()
          .modify((flag: Partial<Flag>) => {
            flag.outcome ??= null;
          }),
      );
    // Version 3 keeps only common words in excerpts (older ones kept any word but the flagged ones)
    // and orders each draft's checks.
    this.version(3)
      .stores({ flags: '++id, &[draftId+fingerprint], draftId, createdAt, updatedAt, outcome', drafts: 'draftId, updatedAt' })
      .upgrade((tx) =>
        tx
          .table('flags')
          .toCollection()
          .modify((flag: Partial<Flag>) => {
            flag.excerpt = remaskStoredExcerpt(flag.excerpt ?? '');
          }),
      );
    // Version 4 adds the teaching-case log; history is kept as it was.
    this.version(4).stores({ cases: '++id, &number, status, answerDue, createdAt, draftId' });
  }
}

export const db = new SafeHarborDB();
