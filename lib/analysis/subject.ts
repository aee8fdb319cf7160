/** Who a detail is about: a patient (flag) or the author, a colleague, a population or an event. */
import { CASE_CUES, cueRegExp, EVENT_CUES } from './data/case-cues';

const CASE = cueRegExp(CASE_CUES);
const EVENT = cueRegExp(EVENT_CUES);

/** How far back and forward a sentence is looked for; longer runs without a full stop are cut there. */
const SENTENCE_REACH = 400;

/** The sentence of `text` around [start, end). */
export function sentenceRange(text: string, start: number, end: number): { start: number; end: number } {
  const reachBack = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(reachBack, start);
  const boundary = /[.!?…](?=\s)|\n/g;
  let from = reachBack;
  for (let m = boundary.exec(before); m; m = boundary.exec(before)) from = reachBack + m.index + 1;
  const after = boundary.exec(text.slice(end, end + SENTENCE_REACH));
  return { start: from, end: after ? end + after.index + 1 : Math.min(text.length, end + SENTENCE_REACH) };
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

/** In a title-case line ("How to Read a Chest X-Ray") capitals say nothing about names or places. */
export function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z][\w'’-]*/g) ?? [];
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return words.length >= 4 && capitalised / words.length >= 0.6;
}

export function mentionsCase(s: string): boolean {
  return CASE.test(s);
}

export function mentionsEvent(s: string): boolean {
  return EVENT.test(s);
}
