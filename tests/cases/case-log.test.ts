import { describe, expect, it } from 'vitest';
import { answerDueAt, dueLabel } from '@/lib/cases/due';
import { addImportedCases, editCase, logCase, markAnswered, nextCaseNumber, openCases, recordCasePost } from '@/lib/cases/log';
import { answerAddition, namesCase, teachingOffer } from '@/lib/cases/offer';
import { casesCsv, guessMapping, importCases, parseCsv } from '@/lib/cases/spreadsheet';
import { SafeHarborDB } from '@/lib/history';

const HOUR = 3_600_000;
const schedule = { answerAfterHours: 48, answerWeekday: null };
const fresh = () => new SafeHarborDB(`cases-${Math.random()}`);
// Wednesday 2026-12-02, 10:00 local time.
const WEDNESDAY = new Date(2026, 11, 2, 10).getTime();

describe('answer due', () => {
  it('is 48 hours after posting by default, the next answer day on a weekly schedule, and the day the post named before either', () => {
    expect(answerDueAt(WEDNESDAY, schedule)).toBe(WEDNESDAY + 48 * HOUR);
    expect(new Date(answerDueAt(WEDNESDAY, { ...schedule, answerWeekday: 5 })).toDateString()).toBe(new Date(2026, 11, 4).toDateString());
    // The same weekday as the post is a week later, not today.
    expect(new Date(answerDueAt(WEDNESDAY, { ...schedule, answerWeekday: 3 })).toDateString()).toBe(new Date(2026, 11, 9).toDateString());
    expect(new Date(answerDueAt(WEDNESDAY, { ...schedule, answerWeekday: 5 }, 1)).toDateString()).toBe(new Date(2026, 11, 7).toDateString());
  });

  it('says how soon or how late', () => {
    expect(dueLabel(WEDNESDAY + 2 * 24 * HOUR, WEDNESDAY)).toBe('due in 2 days');
    expect(dueLabel(WEDNESDAY, WEDNESDAY + 3 * HOUR)).toBe('overdue by 3 h');
  });
});

describe('the case log', () => {
  it('numbers cases, logs from a draft, and sets the answer due when the post goes out', async () => {
    const db = fresh();
    expect(await nextCaseNumber(db)).toBe(1);
    const logged = await logCase(db, { number: 13, site: 'x', surface: 'post', title: 'Posterior fossa mass', hashtag: '#MyRadHashtag', draftId: 'd1' }, WEDNESDAY);
    expect(logged).toMatchObject({ ok: true, case: { number: 13, hashtag: 'MyRadHashtag', status: 'logged', postedAt: null } });
    expect(await nextCaseNumber(db)).toBe(14);
    await recordCasePost(db, { draftId: 'd1', namedAnswerDay: 5 }, schedule, WEDNESDAY);
    const [open] = await openCases(db);
    expect(open).toMatchObject({ number: 13, status: 'question-posted', postedAt: WEDNESDAY, draftId: null });
    expect(new Date(open!.answerDue!).getDay()).toBe(5);
    await recordCasePost(db, { draftId: 'd2', answered: 13 }, schedule, WEDNESDAY + 50 * HOUR);
    expect(await db.cases.get(open!.id)).toMatchObject({ status: 'answered', answeredAt: WEDNESDAY + 50 * HOUR });
    expect(await openCases(db)).toEqual([]);
  });

  it('refuses a taken number and a title with a patient detail, storing nothing of it', async () => {
    const db = fresh();
    await logCase(db, { number: 5, site: 'x', surface: 'post', draftId: 'a' });
    expect(await logCase(db, { number: 5, site: 'x', surface: 'post', draftId: 'b' })).toEqual({ ok: false, error: 'Case #5 is already in your log.' });
    const refused = await logCase(db, { number: 6, site: 'x', surface: 'post', title: 'Jane Doe, 68M, MRN 00482913', draftId: 'c' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/^Not saved: the title has a patient detail/);
    expect(JSON.stringify(await db.cases.toArray())).not.toContain('00482913');
    const [first] = await db.cases.toArray();
    expect((await editCase(db, first!.id, { title: 'seen 3/14/2026' })).ok).toBe(false);
    expect(await editCase(db, first!.id, { title: 'Segond fracture', number: 7 })).toMatchObject({ ok: true, case: { title: 'Segond fracture', number: 7 } });
  });
});

describe('upgrade', () => {
  it('adds the case log to a version 3 database and keeps its history', async () => {
    const { default: Dexie } = await import('dexie');
    const name = `upgrade-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({ flags: '++id, &[draftId+fingerprint], draftId, createdAt, updatedAt, outcome', drafts: 'draftId, updatedAt' });
    await v3.table('flags').add({ draftId: 'old', fingerprint: 'exact-age#0', site: 'x', surface: 'post', ruleId: 'exact-age', category: 'phi.age', severity: 'error', excerpt: 'a [AGE]', createdAt: 1, updatedAt: 1, outcome: null });
    v3.close();
    const upgraded = new SafeHarborDB(name);
    expect(await upgraded.flags.count()).toBe(1);
    expect(await upgraded.cases.count()).toBe(0);
    expect((await logCase(upgraded, { number: 1, site: 'x', surface: 'post', draftId: 'n' })).ok).toBe(true);
  });
});

describe('spreadsheet', () => {
  it('exports CSV with formulas defused, and reads it back', async () => {
    const db = fresh();
    await logCase(db, { number: 2, site: 'instagram', surface: 'caption', title: '=HYPERLINK("x") Kienböck', hashtag: 'MSKRad', draftId: 'a' });
    await recordCasePost(db, { draftId: 'a' }, schedule, WEDNESDAY);
    const csv = casesCsv(await db.cases.toArray());
    expect(csv.split('\r\n')[0]).toBe('case,title,hashtag,site,surface,status,posted,answer due,answered');
    expect(csv).toContain(`2,"'=HYPERLINK(""x"") Kienböck","#MSKRad","Instagram","caption","question posted"`);
    const rows = parseCsv(csv);
    expect(rows[1]![1]).toBe(`'=HYPERLINK("x") Kienböck`);
    const report = importCases(rows, guessMapping(rows[0]!), new Set());
    expect(report.refused).toEqual([]);
    expect(report.cases[0]).toMatchObject({ number: 2, hashtag: 'MSKRad', site: 'instagram', status: 'question-posted', postedAt: WEDNESDAY });
  });

  it('imports an existing spreadsheet through a mapping, and reports every refused row and why', () => {
    const rows = parseCsv(
      'Unknown #;Dx;Date posted;Answer posted;Platform\n12;Segond fracture;3/14/2026;3/16/2026;Twitter\n12;Duplicate;;;\nabc;x;;;\n14;68M with a mass;;;\n15;Ok;31/31/2026;;\n16;Osgood-Schlatter;;;Myspace\n17;"Quoted; with separator";2026-03-20;;instagram.com\n',
    );
    const mapping = guessMapping(rows[0]!);
    expect(mapping).toEqual({ number: 0, title: 1, posted: 2, answered: 3, site: 4 });
    const report = importCases(rows, mapping, new Set([99]));
    expect(report.cases.map((c) => [c.number, c.site, c.status])).toEqual([
      [12, 'x', 'answered'],
      [17, 'instagram', 'question-posted'],
    ]);
    expect(report.cases[1]!.title).toBe('Quoted; with separator');
    expect(report.refused.map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
    expect(report.refused[0]!.reason).toBe('Case #12 is already in your log.');
    expect(report.refused[2]!.reason).toMatch(/patient detail/);
    expect(JSON.stringify(report.cases)).not.toContain('68M');
  });
});

describe('the panel offer', () => {
  const settings = { caseHashtag: 'MyRadHashtag', disclaimer: 'Views my own; not medical advice.' };

  it('offers an unknown its own number when free, else the next, with only the user\'s own hashtag', async () => {
    const db = fresh();
    expect(await teachingOffer(db, { draftId: 'd', text: 'Unknown case #13: what do you see? Answer Friday #JaneDoeStrong' }, settings)).toMatchObject({
      kind: 'unknown',
      suggestedNumber: 13,
      hashtag: 'MyRadHashtag',
      answerDay: 5,
    });
    await logCase(db, { number: 13, site: 'x', surface: 'post', draftId: 'other' });
    expect((await teachingOffer(db, { draftId: 'd', text: 'Unknown case #13: what do you see?' }, settings))?.suggestedNumber).toBe(14);
    expect((await teachingOffer(db, { draftId: 'd', text: 'Unknown case #13: what do you see?' }, { ...settings, caseHashtag: '' }))?.hashtag).toBe('');
  });

  it('offers the answer to the open case a post names, and closes it on Post only when the post is its answer', async () => {
    const db = fresh();
    await logCase(db, { number: 1, site: 'x', surface: 'post', hashtag: 'MyRadHashtag', draftId: 'q' });
    await recordCasePost(db, { draftId: 'q' }, schedule);
    const answer = await teachingOffer(db, { draftId: 'a', text: 'Answer case #1: Brodie abscess.' }, settings);
    expect(answer?.answers).toEqual({ number: 1, hashtag: 'MyRadHashtag', addition: '\n\n#MyRadHashtag\n\nViews my own; not medical advice.', names: true });
    // A post that only says "answers" is offered the open case, but Post does not close it.
    const chatter = await teachingOffer(db, { draftId: 'b', text: 'Top answers from our AMA: #1 sleep more' }, settings);
    expect(chatter?.answers?.names).toBe(false);
    expect(answerAddition('Answer to case #1 #myradhashtag\n\nViews my own; not medical advice.', { number: 1, ...settings, hashtag: 'MyRadHashtag' })).toBe('');
    expect(namesCase('see #1', 1)).toBe(false);
    expect(namesCase('Case 1 answer', 1)).toBe(true);
    expect(namesCase('Case 12 answer', 1)).toBe(false);
  });

  it('imports through the one writer: numbers re-checked, due dates filled, past ones not reminded again', async () => {
    const db = fresh();
    await logCase(db, { number: 5, site: 'x', surface: 'post', draftId: 'x' });
    const rows = parseCsv('case,posted\n5,2026-03-01\n6,2026-03-01\n7,\n');
    const parsed = importCases(rows, guessMapping(rows[0]!), new Set());
    const result = await addImportedCases(db, parsed.cases, schedule, new Date(2026, 2, 10).getTime());
    expect(result).toEqual({ imported: 2, refused: [{ row: 2, reason: 'Case #5 is already in your log.' }] });
    const six = (await db.cases.where('number').equals(6).first())!;
    expect(new Date(six.postedAt!).getDate()).toBe(1);
    expect(six.answerDue).toBe(six.postedAt! + 48 * HOUR);
    expect(six.reminded).toBe(true);
    await markAnswered(db, six.id);
    expect((await db.cases.get(six.id))!.status).toBe('answered');
  });
});
