import { CATEGORIES, type Finding } from './analysis';
import type { DraftCheck } from './messaging';
import type { Flag, Outcome, SafeHarborDB } from './db';

const EXCERPT_RADIUS = 40;

/**
 * The words around `finding` with every patient detail replaced by its category mask, and any
 * digits left over (numbers no rule recognised) replaced by "#". Newlines become spaces.
 */
export function maskedExcerpt(text: string, findings: readonly Finding[], finding: Finding): string {
  let from = Math.max(0, finding.start - EXCERPT_RADIUS);
  let to = Math.min(text.length, finding.end + EXCERPT_RADIUS);
  for (const f of findings) {
    if (f.start < from && f.end > from) from = f.start;
    if (f.start < to && f.end > to) to = f.end;
  }
  while (from > 0 && /\S/.test(text[from - 1]!) && finding.start - from < EXCERPT_RADIUS + 15) from--;
  while (to < text.length && /\S/.test(text[to]!) && to - finding.end < EXCERPT_RADIUS + 15) to++;
  // Patient details are masked; professionalism findings (a swear word, a missing disclaimer) are not private.
  const inWindow = findings
    .filter((f) => f.category.startsWith('phi.') && f.start >= from && f.end <= to)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = from;
  for (const f of inWindow) {
    if (f.start < cursor) continue;
    out += scrub(text.slice(cursor, f.start)) + `[${CATEGORIES[f.category].mask}]`;
    cursor = f.end;
  }
  out += scrub(text.slice(cursor, to));
  return `${from > 0 ? '…' : ''}${out.trim()}${to < text.length ? '…' : ''}`;
}

function scrub(s: string): string {
  return s.replace(/\d/g, '#').replace(/\s+/g, ' ');
}

/** Fingerprints of a draft's findings: the rule and its occurrence number, so nothing of the text. */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const n = seen.get(f.ruleId) ?? 0;
    seen.set(f.ruleId, n + 1);
    return `${f.ruleId}#${n}`;
  });
}

/**
 * Makes history match the draft's latest findings: new findings are added, findings still there
 * keep their first-seen time, and findings the user edited away are kept, marked "fixed".
 */
export async function recordDraft(
  db: SafeHarborDB,
  draft: DraftCheck,
  findings: readonly Finding[],
  now = Date.now(),
  { keepDraftText = false } = {},
): Promise<void> {
  const keys = fingerprints(findings);
  await db.transaction('rw', db.flags, async () => {
    const existing = await db.flags.where('draftId').equals(draft.draftId).toArray();
    const byKey = new Map(existing.map((flag) => [flag.fingerprint, flag]));
    const fixed = existing.filter((flag) => !keys.includes(flag.fingerprint) && flag.outcome === null);
    if (fixed.length) await db.flags.bulkUpdate(fixed.map((flag) => ({ key: flag.id, changes: { outcome: 'fixed' as const, updatedAt: now } })));
    const rows = findings.map((finding, i): Omit<Flag, 'id'> & { id?: number } => {
      const previous = byKey.get(keys[i]!);
      const excerpt = maskedExcerpt(draft.text, findings, finding);
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
  });
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
  return db.flags.where('createdAt').below(now - retentionDays * 86_400_000).delete();
}
