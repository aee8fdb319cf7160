/**
 * The teaching-case log in the history database: numbered cases, their post and answer times, and a
 * title checked by the engine. Nothing of a post's text or images is ever stored here.
 */
import { analyze } from '../analysis';
import { CATEGORIES } from '../analysis/categories';
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
  const phi = analyze(title, { assumePatient: false }).filter((f) => f.category.startsWith('phi.'));
  if (phi.length === 0) return undefined;
  const what = [...new Set(phi.map((f) => `${CATEGORIES[f.category].label.toLowerCase()} ("${f.actual}")`))].join(', ');
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

const cleanHashtag = (tag: string | undefined): string => (tag ?? '').trim().replace(/^#/, '').slice(0, 60);

/** Logs a case from a draft (not posted yet); its number must be free and its title clean. */
export async function logCase(db: SafeHarborDB, entry: NewCase, now = Date.now()): Promise<CaseResult> {
  if (!Number.isInteger(entry.number) || entry.number < 1 || entry.number > MAX_CASE_NUMBER) return { ok: false, error: 'A case number is a whole number from 1.' };
  const title = (entry.title ?? '').trim();
  const problem = titleProblem(title);
  if (problem) return { ok: false, error: problem };
  return db.transaction('rw', db.cases, async () => {
    const mine = await db.cases.where('draftId').equals(entry.draftId).first();
    const taken = await db.cases.where('number').equals(entry.number).first();
    if (taken && taken.id !== mine?.id) return { ok: false, error: `Case #${entry.number} is already in your log.` };
    const row: Omit<TeachingCase, 'id'> = {
      number: entry.number,
      site: entry.site,
      surface: entry.surface,
      title,
      hashtag: cleanHashtag(entry.hashtag),
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
  post: { draftId: string; answered?: number; namedAnswerDay?: number },
  schedule: AnswerSchedule,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.cases, async () => {
    const logged = await db.cases.where('draftId').equals(post.draftId).first();
    if (logged && logged.status === 'logged') {
      await db.cases.update(logged.id, { status: 'question-posted', postedAt: now, answerDue: answerDueAt(now, schedule, post.namedAnswerDay), draftId: null });
    }
    if (post.answered !== undefined) {
      const answered = await db.cases.where('number').equals(post.answered).first();
      if (answered && answered.status !== 'answered') await db.cases.update(answered.id, { status: 'answered', answeredAt: now });
    }
  });
}

/** Cases whose question went out and whose answer has not, soonest due first. */
export async function openCases(db: SafeHarborDB): Promise<TeachingCase[]> {
  const open = await db.cases.where('status').equals('question-posted').toArray();
  return open.sort((a, b) => (a.answerDue ?? Infinity) - (b.answerDue ?? Infinity));
}
