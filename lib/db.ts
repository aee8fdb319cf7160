import Dexie, { type EntityTable } from 'dexie';
import type { Category, Platform, Severity, Surface } from './analysis/types';

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
  /** The words around the finding, every finding in it replaced by its category ("a [AGE] with"). */
  excerpt: string;
  createdAt: number;
  updatedAt: number;
  /** The whole draft, only when the user turned on "keep the full text of flagged drafts". */
  draftText?: string;
  /** What happened next, where known: edited away, ignored, or posted anyway through the guard. */
  outcome: Outcome | null;
}

export type Outcome = 'fixed' | 'ignored' | 'posted-anyway';

export class SafeHarborDB extends Dexie {
  flags!: EntityTable<Flag, 'id'>;

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
  }
}

export const db = new SafeHarborDB();
