import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { forgetDraftTexts, MAX_FLAGS, MAX_FLAGS_PER_DRAFT, maskedExcerpt, recordDraft, recordImageFindings, SafeHarborDB } from '@/lib/history';
import type { DraftCheck } from '@/lib/messaging';

let db: SafeHarborDB;
let sequence = 0;
/** Each call is a newer check of the draft, as the content script numbers them. */
const draft = (text: string): DraftCheck => ({ draftId: 'draft-1', sequence: ++sequence, text, site: 'x', surface: 'post' });

beforeEach(() => {
  db = new SafeHarborDB(`history-${Math.random()}`);
});

describe('masked excerpt', () => {
  it('replaces every finding with its category, and numbers and uncommon words by their kind', () => {
    const text = 'Pt is a 68M, MRN 00482913, seen at Lakeshore on 3/14 with a mass';
    const findings = analyze(text);
    expect(maskedExcerpt(text, findings, findings[0]!)).toBe('Pt is a [AGE], MRN [ID], seen at [PLACE] on [DATE] with…');
  });

  it('keeps only the words near the finding, on one line', () => {
    const text = `${'the cat sat on a mat '.repeat(20)}\nthe 45 y/o\n${'then it ran off '.repeat(20)}`;
    const findings = analyze(text);
    const excerpt = maskedExcerpt(text, findings, findings[0]!);
    expect(excerpt).toBe('…mat the cat sat on a mat the [AGE] then it ran off then it ran off…');
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
    expect(upgraded.verno).toBe(4);
  });

  it('re-masks the excerpts of a version 2 database, leaving no part of a name the engine missed', async () => {
    const { default: Dexie } = await import('dexie');
    const name = `upgrade-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ flags: '++id, &[draftId+fingerprint], draftId, createdAt, outcome' });
    const row = { draftId: 'old', site: 'x', surface: 'post', ruleId: 'record-number', category: 'phi.id', severity: 'error', createdAt: 1, updatedAt: 1, outcome: null };
    await v2.table('flags').bulkAdd([
      { ...row, fingerprint: 'record-number#0', excerpt: 'Pt Rosa Quintanilla-Hart, MRN [ID] seen in Oakdale on ##/##' },
      { ...row, fingerprint: 'record-number#1', excerpt: '…a [AGE] with a mass…' },
    ]);
    v2.close();
    const upgraded = new SafeHarborDB(name);
    const excerpts = (await upgraded.flags.toArray()).map((r) => r.excerpt);
    expect(excerpts).toEqual(['Pt [NAME?], MRN [ID] seen in [NAME?] on [NUMBER]', '…a [AGE] with a mass…']);
    for (const part of ['Rosa', 'Quintanilla', 'Hart', 'Oakdale']) expect(JSON.stringify(excerpts)).not.toContain(part);
  });
});

describe('integrity', () => {
  it('ignores a check older than one already recorded for the draft', async () => {
    const newer = draft('Pt is a 45 y/o');
    const older = { ...newer, sequence: newer.sequence - 1, text: 'MRN 00482913' };
    await recordDraft(db, newer, analyze(newer.text), 2000);
    await recordDraft(db, older, analyze(older.text), 3000);
    const rows = await db.flags.toArray();
    expect(rows.map((r) => [r.ruleId, r.outcome])).toEqual([['exact-age', null]]);
  });

  it(`keeps at most ${MAX_FLAGS_PER_DRAFT} flags for one draft, dropping the least recently seen`, async () => {
    const text = Array.from({ length: MAX_FLAGS_PER_DRAFT + 20 }, (_, i) => `MRN ${String(10_000_000 + i * 7919)}`).join('\n\n');
    await recordDraft(db, draft(text), analyze(text), 1000);
    expect(await db.flags.count()).toBe(MAX_FLAGS_PER_DRAFT);
    await recordDraft(db, draft('Pt is a 45 y/o'), analyze('Pt is a 45 y/o'), 2000);
    const rows = await db.flags.toArray();
    expect(rows).toHaveLength(MAX_FLAGS_PER_DRAFT);
    expect(rows.some((r) => r.ruleId === 'exact-age' && r.updatedAt === 2000)).toBe(true);
  });

  it(`keeps at most ${MAX_FLAGS} flags in all, dropping the oldest`, async () => {
    const base = { fingerprint: 'f', site: 'x' as const, surface: 'post' as const, ruleId: 'exact-age', category: 'phi.age' as const, severity: 'error' as const, excerpt: 'a [AGE]', outcome: null };
    await db.flags.bulkAdd(Array.from({ length: MAX_FLAGS }, (_, i) => ({ ...base, draftId: `old-${i}`, createdAt: i + 1, updatedAt: i + 1 })) as never);
    await recordDraft(db, { ...draft('Pt is a 45 y/o'), draftId: 'new' }, analyze('Pt is a 45 y/o'), 1e12);
    expect(await db.flags.count()).toBe(MAX_FLAGS);
    expect(await db.flags.where('draftId').equals('old-0').count()).toBe(0);
    expect(await db.flags.where('draftId').equals('new').count()).toBeGreaterThan(0);
  });
});

describe('keeping the draft text', () => {
  it('stores the draft only when the user turned the option on', async () => {
    await recordDraft(db, draft('Pt is a 68M'), analyze('Pt is a 68M'));
    expect((await db.flags.toArray()).every((r) => r.draftText === undefined)).toBe(true);
    await recordDraft(db, { ...draft('MRN 00482913'), draftId: 'kept' }, analyze('MRN 00482913'), Date.now(), { keepDraftText: true });
    expect((await db.flags.where('draftId').equals('kept').toArray()).map((r) => r.draftText)).toEqual(['MRN 00482913']);
  });

  it('forgets every kept draft text when the option goes off', async () => {
    await recordDraft(db, { ...draft('MRN 00482913'), draftId: 'kept' }, analyze('MRN 00482913'), Date.now(), { keepDraftText: true });
    expect(await forgetDraftTexts(db)).toBe(1);
    const rows = await db.flags.toArray();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('00482913');
  });
});

describe('attached files in history', () => {
  it('keeps the kind of detail a file held, never its name or words, and a text check does not mark it fixed', async () => {
    const db = new SafeHarborDB(`image-history-${Math.random()}`);
    const draft = { draftId: 'd-img', site: 'x' as const, surface: 'post' as const, index: 0 };
    await recordImageFindings(db, draft, [
      { ruleId: 'image-text', category: 'phi.name', severity: 'error' },
      { ruleId: 'image-text', category: 'phi.id', severity: 'error' },
    ]);
    await recordImageFindings(db, draft, [{ ruleId: 'image-text', category: 'phi.name', severity: 'error' }]);
    await recordDraft(db, { draftId: 'd-img', sequence: 1, text: 'Teaching case', site: 'x', surface: 'post' }, []);
    const flags = await db.flags.where('draftId').equals('d-img').toArray();
    expect(flags.map((f) => [f.fingerprint, f.category, f.excerpt, f.outcome])).toEqual([
      ['file0:image-text#0', 'phi.name', '[NAME] in an attached file', null],
      ['file0:image-text#1', 'phi.id', '[ID] in an attached file', null],
    ]);
    expect(JSON.stringify(flags)).not.toMatch(/png|DOE|JANE/i);
  });
});
