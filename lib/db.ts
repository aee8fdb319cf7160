import Dexie, { type EntityTable } from 'dexie';
import type { Category, Platform, Severity, Surface } from './analysis';

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
}

export class SafeHarborDB extends Dexie {
  flags!: EntityTable<Flag, 'id'>;

  constructor(name = 'safe-harbor') {
    super(name);
    this.version(1).stores({ flags: '++id, &[draftId+fingerprint], draftId, createdAt' });
  }
}

export const db = new SafeHarborDB();
