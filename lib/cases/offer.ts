/**
 * What the panel offers for a teaching post: log an unknown as the next case, or write the answer
 * to an open one. Computed by the background from the engine's signal and the case log.
 */
import { containsDisclaimer, disclaimerInsertion } from '../disclaimer';
import { teachingSignal, type TeachingKind } from '../analysis/teaching';
import type { SafeHarborDB } from '../history/db';
import { nextCaseNumber, openCases } from './log';

export interface TeachingOffer {
  kind: TeachingKind;
  /** The tracking hashtag for this post: the user's own in the draft, else the one set in the options. */
  hashtag: string;
  /** The weekday the post names for its answer (0 = Sunday). */
  answerDay?: number;
  /** Hours until the answer, where the post says ("answer tomorrow"). */
  answerInHours?: number;
  /** An unknown: the number it would be logged as (its own if free, else the next), and the case already logged from this draft. */
  suggestedNumber?: number;
  logged?: { id: number; number: number; title: string };
  /** An answer: the open case it answers, what "Answer case #N" would add, and whether the post is that case's answer already (so Post closes it). */
  answers?: { number: number; hashtag: string; addition: string; names: boolean };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` names case `number` ("case #12", "Case 12", "unknown 12"); a bare "#12" could be anything. */
export function namesCase(text: string, number: number): boolean {
  return new RegExp(String.raw`\b(?:case|unknown|quiz)\s*(?:#|no\.?\s?)?\s*${number}(?!\d)`, 'i').test(text);
}

/**
 * What "Answer case #N" appends: the case's number, the hashtag and the disclaimer, each only when
 * the post does not have it yet ('' when it has all three).
 */
export function answerAddition(text: string, answer: { number: number; hashtag: string; disclaimer: string }): string {
  const parts: string[] = [];
  const line = [
    namesCase(text, answer.number) ? '' : `Answer to case #${answer.number}`,
    answer.hashtag && !new RegExp(`#${escape(answer.hashtag)}(?![\\p{L}\\p{N}_])`, 'iu').test(text) ? `#${answer.hashtag}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (line) parts.push(line);
  if (answer.disclaimer && !containsDisclaimer(text, answer.disclaimer)) parts.push(answer.disclaimer);
  return parts.length ? disclaimerInsertion(text, parts.join('\n\n')) : '';
}

/** The offer for a draft, or undefined when it is not a teaching post (nor a post that says "answer" while a case is open). */
export async function teachingOffer(
  db: SafeHarborDB,
  draft: { draftId: string; text: string },
  settings: { caseHashtag: string; disclaimer: string },
): Promise<TeachingOffer | undefined> {
  const signal = teachingSignal(draft.text, { ownHashtag: settings.caseHashtag });
  // Only the user's own tracking hashtag is kept: another tag of the post could say anything.
  const hashtag = signal?.ownHashtag ?? settings.caseHashtag ?? '';
  if (signal?.kind === 'unknown') {
    const logged = await db.cases.where('draftId').equals(draft.draftId).first();
    const own = signal.caseNumber;
    const free = own !== undefined && !(await db.cases.where('number').equals(own).first());
    return {
      kind: 'unknown',
      hashtag,
      ...(signal.answerDay !== undefined ? { answerDay: signal.answerDay } : {}),
      ...(signal.answerInHours !== undefined ? { answerInHours: signal.answerInHours } : {}),
      suggestedNumber: free ? own : await nextCaseNumber(db),
      ...(logged ? { logged: { id: logged.id, number: logged.number, title: logged.title } } : {}),
    };
  }
  if (signal?.kind !== 'answer' && !/\banswers?\b/i.test(draft.text)) return undefined;
  const open = await openCases(db);
  const named = signal?.caseNumber ?? open.find((c) => namesCase(draft.text, c.number))?.number;
  const target = named !== undefined ? open.find((c) => c.number === named) : open[0];
  if (!target) return signal ? { kind: 'answer', hashtag } : undefined;
  const tag = target.hashtag || hashtag;
  return {
    kind: 'answer',
    hashtag: tag,
    answers: {
      number: target.number,
      hashtag: tag,
      addition: answerAddition(draft.text, { number: target.number, hashtag: tag, disclaimer: settings.disclaimer }),
      names: signal?.kind === 'answer' && (signal.caseNumber === target.number || namesCase(draft.text, target.number)),
    },
  };
}
