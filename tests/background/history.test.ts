import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { SafeHarborDB } from '@/lib/db';
import { maskedExcerpt, recordDraft } from '@/lib/history';
import type { DraftCheck } from '@/lib/messaging';

let db: SafeHarborDB;
const draft = (text: string): DraftCheck => ({ draftId: 'draft-1', text, site: 'x', surface: 'post' });

beforeEach(() => {
  db = new SafeHarborDB(`history-${Math.random()}`);
});

describe('masked excerpt', () => {
  it('replaces every finding with its category and every leftover digit with #', () => {
    const text = 'Pt is a 68M, MRN 00482913, seen at Lakeshore on 3/14 with a mass';
    const findings = analyze(text);
    expect(maskedExcerpt(text, findings, findings[0]!)).toBe('Pt is a [AGE], MRN [ID], seen at [PLACE] on [DATE]…');
  });

  it('keeps only the words near the finding, on one line', () => {
    const text = `${'lorem ipsum '.repeat(20)}\nthe 45 y/o\n${'dolor sit '.repeat(20)}`;
    const findings = analyze(text);
    const excerpt = maskedExcerpt(text, findings, findings[0]!);
    expect(excerpt).toContain('the [AGE] dolor');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThan(140);
  });
});

describe('recordDraft', () => {
  it('stores what was flagged, where and when, and never the flagged words', async () => {
    const text = 'Pt is a 68M, call mom at 555-0134, MRN 00482913';
    await recordDraft(db, draft(text), analyze(text), 1000);
    const rows = await db.flags.toArray();
    expect(rows.map((r) => r.category).sort()).toEqual(['phi.age', 'phi.contact', 'phi.gender', 'phi.id']);
    expect(rows.every((r) => r.site === 'x' && r.surface === 'post' && r.createdAt === 1000)).toBe(true);
    const stored = JSON.stringify(rows);
    for (const secret of ['68M', '555-0134', '00482913']) expect(stored).not.toContain(secret);
  });

  it('keeps one row per finding as the draft is edited, and drops findings edited away', async () => {
    await recordDraft(db, draft('Pt is a 68M'), analyze('Pt is a 68M'), 1000);
    await recordDraft(db, draft('Pt is a 68M who waved'), analyze('Pt is a 68M who waved'), 2000);
    let rows = await db.flags.toArray();
    expect(rows.map((r) => [r.category, r.createdAt, r.updatedAt])).toEqual([
      ['phi.age', 1000, 2000],
      ['phi.gender', 1000, 2000],
    ]);

    await recordDraft(db, draft('Pt who waved, MRN 00482913'), analyze('Pt who waved, MRN 00482913'), 3000);
    rows = await db.flags.toArray();
    expect(rows.map((r) => r.category)).toEqual(['phi.id']);
  });

  it('keeps drafts apart', async () => {
    await recordDraft(db, draft('Pt is a 68M'), analyze('Pt is a 68M'));
    await recordDraft(db, { ...draft('45 y/o'), draftId: 'draft-2', site: 'tiktok', surface: 'caption' }, analyze('45 y/o'));
    expect(await db.flags.count()).toBe(3);
  });
});

describe('masked excerpt of a professionalism finding', () => {
  it('masks the patient details around it but not the words it is about', () => {
    const text = 'Pt is a 68M, WTF is this indication';
    const findings = analyze(text);
    const profanity = findings.find((f) => f.category === 'prof.profanity')!;
    expect(maskedExcerpt(text, findings, profanity)).toBe('Pt is a [AGE], WTF is this indication');
  });
});
