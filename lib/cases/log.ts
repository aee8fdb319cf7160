/**
 * The teaching-case log in the history database: numbered cases, their post and answer times, and a
 * title checked by the engine. Nothing of a post's text or images is ever stored here.
 */
import { analyze } from '../analysis';
import { CATEGORIES } from '../analysis/categories';
import { EPONYM_NAMES } from '../analysis/data/eponyms';
import { GIVEN_NAMES } from '../analysis/data/given-names';
import { surnames } from '../analysis/data/surnames';
import type { Platform, Surface } from '../analysis/types';
import type { SafeHarborDB, TeachingCase } from '../history/db';
import { answerDueAt, type AnswerSchedule } from './due';

export const MAX_CASE_TITLE = 120;
export const MAX_CASE_NUMBER = 1_000_000;

/** The next case number: one more than the highest logged. */
export async function nextCaseNumber(db: SafeHarborDB): Promise<number> {
  const last = await db.cases.orderBy('number').last();
  return (last?.number ?? 0) + 1;
}

/** Why a title cannot be stored, or undefined: it must be short and hold no patient detail. */
export function titleProblem(title: string): string | undefined {
  if (title.length > MAX_CASE_TITLE) return `Keep the title under ${MAX_CASE_TITLE} characters.`;
  // A case title is about a patient by definition: it is read as one, and a given name followed by
  // a capitalised word ("John Smith") is a name even where a post would need more context.
  const frame = 'Case title for a patient: ';
  const found = analyze(frame + title).filter((f) => f.category.startsWith('phi.')).map((f) => ({ label: CATEGORIES[f.category].label, words: f.actual }));
  for (const m of title.matchAll(/\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)/gu)) {
    const [first, second] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    if ((GIVEN_NAMES.has(first) || surnames().has(second)) && !EPONYM_NAMES.has(first) && !EPONYM_NAMES.has(second)) found.push({ label: CATEGORIES['phi.name'].label, words: m[0] });
  }
  if (found.length === 0) return undefined;
  const what = [...new Set(found.map((f) => `${f.label.toLowerCase()} ("${f.words}")`))].join(', ');
  return `Not saved: the title has a patient detail: ${what}. Use the diagnosis or the finding instead.`;
}

export interface NewCase {
  number: number;
  site: Platform;
  surface: Surface;
  title?: string;
  hashtag?: string;
  draftId: string;
}

export type CaseResult = { ok: true; case: TeachingCase } | { ok: false; error: string };

/** A tracking hashtag as stored: one word without "#", or why it cannot be. */
export function caseHashtag(tag: string | undefined): { tag: string } | { error: string } {
  const bare = (tag ?? '').trim().replace(/^#/, '');
  if (bare === '') return { tag: '' };
  if (bare.length > 60 || !/^[\p{N}_]*\p{L}[\p{L}\p{N}_]*$/u.test(bare)) return { error: 'A hashtag is one word of letters, digits or "_".' };
  return titleProblem(bare) ? { error: 'Not saved: the hashtag looks like a patient detail.' } : { tag: bare };
}

/** Logs a case from a draft (not posted yet); its number must be free and its title clean. */
export async function logCase(db: SafeHarborDB, entry: NewCase, now = Date.now()): Promise<CaseResult> {
  if (!Number.isInteger(entry.number) || entry.number < 1 || entry.number > MAX_CASE_NUMBER) return { ok: false, error: 'A case number is a whole number from 1.' };
  const title = (entry.title ?? '').trim();
  const problem = titleProblem(title);
  if (problem) return { ok: false, error: problem };
  const hashtag = caseHashtag(entry.hashtag);
  if ('error' in hashtag) return { ok: false, error: hashtag.error };
  return db.transaction('rw', db.cases, async () => {
    const mine = await db.cases.where('draftId').equals(entry.draftId).first();
    const taken = await db.cases.where('number').equals(entry.number).first();
    if (taken && taken.id !== mine?.id) return { ok: false, error: `Case #${entry.number} is already in your log.` };
    const row: Omit<TeachingCase, 'id'> = {
      number: entry.number,
      site: entry.site,
      surface: entry.surface,
      title,
      hashtag: hashtag.tag,
      status: 'logged',
      createdAt: mine?.createdAt ?? now,
      postedAt: null,
      answerDue: null,
      answeredAt: null,
      draftId: entry.draftId,
      reminded: false,
    };
    const id = mine ? (await db.cases.update(mine.id, row), mine.id) : await db.cases.add(row as TeachingCase);
    return { ok: true, case: (await db.cases.get(id))! };
  });
}

/** Changes a logged case's title (checked) or number (free). */
export async function editCase(db: SafeHarborDB, id: number, change: { title?: string; number?: number }): Promise<CaseResult> {
  const title = change.title?.trim();
  if (title !== undefined) {
    const problem = titleProblem(title);
    if (problem) return { ok: false, error: problem };
  }
  return db.transaction('rw', db.cases, async () => {
    const current = await db.cases.get(id);
    if (!current) return { ok: false, error: 'That case is no longer in your log.' };
    if (change.number !== undefined) {
      if (!Number.isInteger(change.number) || change.number < 1 || change.number > MAX_CASE_NUMBER) return { ok: false, error: 'A case number is a whole number from 1.' };
      const taken = await db.cases.where('number').equals(change.number).first();
      if (taken && taken.id !== id) return { ok: false, error: `Case #${change.number} is already in your log.` };
    }
    await db.cases.update(id, { ...(title !== undefined ? { title } : {}), ...(change.number !== undefined ? { number: change.number } : {}) });
    return { ok: true, case: (await db.cases.get(id))! };
  });
}

/**
 * A post went out from a compose box: the case logged from it is now posted, its answer due by the
 * schedule (or the day the post named); and the case it answered, if any, is answered.
 */
export async function recordCasePost(
  db: SafeHarborDB,
  post: { draftId: string; answered?: number; namedAnswerDay?: number; answerInHours?: number },
  schedule: AnswerSchedule,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.cases, async () => {
    const logged = await db.cases.where('draftId').equals(post.draftId).first();
    if (logged && logged.status === 'logged') {
      await db.cases.update(logged.id, { status: 'question-posted', postedAt: now, answerDue: answerDueAt(now, post.answerInHours ? { answerAfterHours: post.answerInHours, answerWeekday: null } : schedule, post.namedAnswerDay), draftId: null });
    }
    if (post.answered !== undefined) {
      const answered = await db.cases.where('number').equals(post.answered).first();
      if (answered && answered.status !== 'answered') await db.cases.update(answered.id, { status: 'answered', answeredAt: now });
    }
  });
}

/** Marks a case answered by hand (the Cases page). */
export async function markAnswered(db: SafeHarborDB, id: number, now = Date.now()): Promise<void> {
  await db.cases.where('id').equals(id).and((c) => c.status !== 'answered').modify({ status: 'answered', answeredAt: now });
}

/**
 * Adds imported cases in one transaction, re-checking their numbers against the log as it is now:
 * a posted case with no due date gets one from the schedule, and one already past due is not
 * reminded again. Returns the rows refused because their number was taken meanwhile.
 */
export async function addImportedCases(
  db: SafeHarborDB,
  cases: ReadonlyArray<Omit<TeachingCase, 'id'> & { row: number }>,
  schedule: AnswerSchedule,
  now = Date.now(),
): Promise<{ imported: number; refused: Array<{ row: number; reason: string }> }> {
  return db.transaction('rw', db.cases, async () => {
    const taken = new Set((await db.cases.toArray()).map((c) => c.number));
    const refused: Array<{ row: number; reason: string }> = [];
    const rows: Array<Omit<TeachingCase, 'id'>> = [];
    for (const { row, ...c } of cases) {
      if (taken.has(c.number)) {
        refused.push({ row, reason: `Case #${c.number} is already in your log.` });
        continue;
      }
      taken.add(c.number);
      const answerDue = c.answerDue ?? (c.status === 'question-posted' && c.postedAt !== null ? answerDueAt(c.postedAt, schedule) : null);
      rows.push({ ...c, answerDue, reminded: c.status !== 'question-posted' || (answerDue !== null && answerDue <= now) });
    }
    await db.cases.bulkAdd(rows as TeachingCase[]);
    return { imported: rows.length, refused };
  });
}

/** Cases whose question went out and whose answer has not, soonest due first. */
export async function openCases(db: SafeHarborDB): Promise<TeachingCase[]> {
  const open = await db.cases.where('status').equals('question-posted').toArray();
  return open.sort((a, b) => (a.answerDue ?? Infinity) - (b.answerDue ?? Infinity));
}
