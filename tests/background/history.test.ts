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

  it('keeps one row per finding as the draft is edited, and marks findings edited away as fixed', async () => {
    await recordDraft(db, draft('Pt is a 68M'), analyze('Pt is a 68M'), 1000);
    await recordDraft(db, draft('Pt is a 68M who waved'), analyze('Pt is a 68M who waved'), 2000);
    let rows = await db.flags.toArray();
    expect(rows.map((r) => [r.category, r.createdAt, r.updatedAt])).toEqual([
      ['phi.age', 1000, 2000],
      ['phi.gender', 1000, 2000],
    ]);

    await recordDraft(db, draft('Pt who waved, MRN 00482913'), analyze('Pt who waved, MRN 00482913'), 3000);
    rows = await db.flags.toArray();
    expect(rows.map((r) => [r.category, r.outcome])).toEqual([
      ['phi.age', 'fixed'],
      ['phi.gender', 'fixed'],
      ['phi.id', null],
    ]);
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

describe('outcomes and retention', () => {
  it('records that the user ignored a finding or posted anyway', async () => {
    const { recordOutcome } = await import('@/lib/history');
    await recordDraft(db, draft('Pt is a 68M, MRN 00482913'), analyze('Pt is a 68M, MRN 00482913'));
    await recordOutcome(db, 'draft-1', 'ignored', 'record-number');
    await recordOutcome(db, 'draft-1', 'posted-anyway');
    const rows = await db.flags.toArray();
    expect(rows.map((r) => [r.ruleId, r.outcome]).sort()).toEqual([
      ['exact-age', 'posted-anyway'],
      ['patient-gender', 'posted-anyway'],
      ['record-number', 'ignored'],
    ]);
  });

  it('prunes flags older than the retention period', async () => {
    const { pruneHistory } = await import('@/lib/history');
    await recordDraft(db, draft('45 y/o'), analyze('45 y/o'), Date.UTC(2026, 0, 1));
    await recordDraft(db, { ...draft('MRN 00482913'), draftId: 'draft-2' }, analyze('MRN 00482913'), Date.UTC(2026, 1, 15));
    expect(await pruneHistory(db, 30, Date.UTC(2026, 1, 20))).toBe(1);
    expect((await db.flags.toArray()).map((r) => r.draftId)).toEqual(['draft-2']);
  });
});

describe('schema upgrade', () => {
  it('keeps the rows of a version 1 database', async () => {
    const { default: Dexie } = await import('dexie');
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ flags: '++id, &[draftId+fingerprint], draftId, createdAt' });
    await v1.table('flags').add({ draftId: 'old', fingerprint: 'exact-age#0', site: 'x', surface: 'post', ruleId: 'exact-age', category: 'phi.age', severity: 'error', excerpt: 'a [AGE]', createdAt: 1, updatedAt: 1 });
    v1.close();
    const upgraded = new SafeHarborDB(name);
    const rows = await upgraded.flags.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ draftId: 'old', excerpt: 'a [AGE]', outcome: null });
    expect(upgraded.verno).toBe(2);
  });
});

describe('keeping the draft text', () => {
  it('stores the draft only when the user turned the option on', async () => {
    await recordDraft(db, draft('Pt is a 68M'), analyze('Pt is a 68M'));
    expect((await db.flags.toArray()).every((r) => r.draftText === undefined)).toBe(true);
    await recordDraft(db, { ...draft('MRN 00482913'), draftId: 'kept' }, analyze('MRN 00482913'), Date.now(), { keepDraftText: true });
    expect((await db.flags.where('draftId').equals('kept').toArray()).map((r) => r.draftText)).toEqual(['MRN 00482913']);
  });
});
