import type { Finding } from '../analysis';
import { CATEGORIES } from '../analysis/categories';
import type { Category, Platform, Severity, Surface } from '../analysis/types';
import type { DraftCheck } from '../messaging';
import type { Flag, Outcome, SafeHarborDB } from './db';
import { maskedExcerpts } from './mask';

/** At most this many flags are kept for one draft; the least recently seen go first. */
export const MAX_FLAGS_PER_DRAFT = 50;
/** At most this many flags are kept in all; the oldest go first. */
export const MAX_FLAGS = 5_000;

/** Fingerprints of a draft's findings: the rule and its occurrence number, so nothing of the text. */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const n = seen.get(f.ruleId) ?? 0;
    seen.set(f.ruleId, n + 1);
    return `${f.ruleId}#${n}`;
  });
}

const IMAGE_PREFIX = 'file';
const isImageFlag = (fingerprint: string): boolean => fingerprint.startsWith(IMAGE_PREFIX);

/**
 * Records what was found in a file attached to a draft: category, rule and site, never the file's
 * name or the words read from it (the excerpt says only what kind of detail it was).
 */
export async function recordImageFindings(
  db: SafeHarborDB,
  draft: { draftId: string; site: Platform; surface: Surface; index: number },
  findings: ReadonlyArray<{ ruleId: string; category: Category; severity: Severity }>,
  now = Date.now(),
): Promise<void> {
  const seen = new Map<string, number>();
  const rows = findings.slice(0, MAX_FLAGS_PER_DRAFT).map((finding): Omit<Flag, 'id'> => {
    const n = seen.get(finding.ruleId) ?? 0;
    seen.set(finding.ruleId, n + 1);
    return {
      draftId: draft.draftId,
      fingerprint: `${IMAGE_PREFIX}${draft.index}:${finding.ruleId}#${n}`,
      site: draft.site,
      surface: draft.surface,
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      excerpt: `[${CATEGORIES[finding.category].mask}] in an attached file`,
      createdAt: now,
      updatedAt: now,
      outcome: null,
    };
  });
  if (rows.length === 0) return;
  await db.transaction('rw', db.flags, async () => {
    const existing = new Set((await db.flags.where('draftId').equals(draft.draftId).toArray()).map((flag) => flag.fingerprint));
    await db.flags.bulkAdd(rows.filter((row) => !existing.has(row.fingerprint)) as Flag[]);
    await capDraft(db, draft.draftId);
    await capAll(db);
  });
}

/**
 * Makes history match the draft's latest findings: new findings are added, findings still there
 * keep their first-seen time, and findings the user edited away are kept, marked "fixed". A check
 * older than one already recorded for the draft changes nothing.
 */
export async function recordDraft(
  db: SafeHarborDB,
  draft: DraftCheck,
  allFindings: readonly Finding[],
  now = Date.now(),
  { keepDraftText = false } = {},
): Promise<void> {
  const findings = allFindings.slice(0, MAX_FLAGS_PER_DRAFT);
  const keys = fingerprints(findings);
  await db.transaction('rw', db.flags, db.drafts, async () => {
    const state = await db.drafts.get(draft.draftId);
    if (state && state.sequence >= draft.sequence) return;
    await db.drafts.put({ draftId: draft.draftId, sequence: draft.sequence, updatedAt: now });
    const existing = await db.flags.where('draftId').equals(draft.draftId).toArray();
    const byKey = new Map(existing.map((flag) => [flag.fingerprint, flag]));
    // An attachment's flags are not the text's: a text check says nothing about them.
    const fixed = existing.filter((flag) => !isImageFlag(flag.fingerprint) && !keys.includes(flag.fingerprint) && flag.outcome === null);
    if (fixed.length) await db.flags.bulkUpdate(fixed.map((flag) => ({ key: flag.id, changes: { outcome: 'fixed' as const, updatedAt: now } })));
    const excerpts = maskedExcerpts(draft.text, allFindings, findings);
    const rows = findings.map((finding, i): Omit<Flag, 'id'> & { id?: number } => {
      const previous = byKey.get(keys[i]!);
      const excerpt = excerpts[i]!;
      const unchanged = previous && previous.ruleId === finding.ruleId && previous.excerpt === excerpt;
      return {
        id: previous?.id,
        draftId: draft.draftId,
        fingerprint: keys[i]!,
        site: draft.site,
        surface: draft.surface,
        ruleId: finding.ruleId,
        category: finding.category,
        severity: finding.severity,
        excerpt,
        createdAt: previous?.createdAt ?? now,
        updatedAt: unchanged ? previous.updatedAt : now,
        // A finding that comes back after it was fixed is open again.
        outcome: previous?.outcome === 'fixed' ? null : (previous?.outcome ?? null),
        ...(keepDraftText ? { draftText: draft.text } : {}),
      };
    });
    if (rows.length) await db.flags.bulkPut(rows.map(({ id, ...row }) => (id === undefined ? row : { id, ...row })) as Flag[]);
    await capDraft(db, draft.draftId);
    await capAll(db);
  });
}

async function capDraft(db: SafeHarborDB, draftId: string): Promise<void> {
  const rows = await db.flags.where('draftId').equals(draftId).toArray();
  if (rows.length <= MAX_FLAGS_PER_DRAFT) return;
  const oldestFirst = rows.sort((a, b) => a.updatedAt - b.updatedAt || a.id - b.id);
  await db.flags.bulkDelete(oldestFirst.slice(0, rows.length - MAX_FLAGS_PER_DRAFT).map((row) => row.id));
}

async function capAll(db: SafeHarborDB): Promise<void> {
  const excess = (await db.flags.count()) - MAX_FLAGS;
  if (excess > 0) await db.flags.bulkDelete((await db.flags.orderBy('createdAt').limit(excess).primaryKeys()) as number[]);
}

/** Marks a draft's open flags with what the user did: ignored one of them, or posted anyway. */
export async function recordOutcome(db: SafeHarborDB, draftId: string, outcome: Outcome, ruleId?: string, now = Date.now()): Promise<void> {
  await db.flags
    .where('draftId')
    .equals(draftId)
    .filter((flag) => flag.outcome === null && (ruleId === undefined || flag.ruleId === ruleId))
    .modify({ outcome, updatedAt: now });
}

/** Deletes flags older than the retention period. */
export async function pruneHistory(db: SafeHarborDB, retentionDays: number, now = Date.now()): Promise<number> {
  const before = now - retentionDays * 86_400_000;
  await db.drafts.where('updatedAt').below(before).delete();
  return db.flags.where('createdAt').below(before).delete();
}

/** Removes every draft text kept while "keep the full text of flagged drafts" was on. */
export async function forgetDraftTexts(db: SafeHarborDB): Promise<number> {
  return db.flags
    .filter((flag) => flag.draftText !== undefined)
    .modify((flag: Partial<Flag>) => {
      delete flag.draftText;
    });
}

/** Deletes all history. */
export async function clearHistory(db: SafeHarborDB): Promise<void> {
  await db.transaction('rw', db.flags, db.drafts, async () => {
    await db.flags.clear();
    await db.drafts.clear();
  });
}
