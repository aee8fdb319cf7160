/** Who a detail is about: a patient (flag) or the author, a colleague, a population or an event. */
import { CASE_CUES, cueRegExp, EVENT_CUES } from './data/case-cues';

const CASE = cueRegExp(CASE_CUES);
const EVENT = cueRegExp(EVENT_CUES);

/** The sentence of `text` around [start, end), and the sentences either side when `wide`. */
export function sentenceRange(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.slice(0, start);
  const boundary = /[.!?…](?=\s)|\n/g;
  let from = 0;
  for (let m = boundary.exec(before); m; m = boundary.exec(before)) from = m.index + 1;
  boundary.lastIndex = end;
  const after = boundary.exec(text);
  return { start: from, end: after ? after.index + 1 : text.length };
}

export function sentenceOf(text: string, start: number, end = start): string {
  const range = sentenceRange(text, start, end);
  return text.slice(range.start, range.end);
}

/** The sentence around the words plus its neighbours. */
export function neighbourhoodOf(text: string, start: number, end = start): string {
  const own = sentenceRange(text, start, end);
  const previous = own.start > 0 ? sentenceRange(text, Math.max(0, own.start - 2), Math.max(0, own.start - 1)) : own;
  const next = own.end < text.length ? sentenceRange(text, own.end + 1, own.end + 1) : own;
  return text.slice(previous.start, next.end);
}

export function mentionsCase(s: string): boolean {
  return CASE.test(s);
}

export function mentionsEvent(s: string): boolean {
  return EVENT.test(s);
}
