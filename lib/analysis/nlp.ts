import nlp from 'compromise/one';
import { lexiconTags } from './data/english-lexicon';
import { matchAll } from './text';

/** A word as compromise reads it, with its offsets in the text it was parsed from. */
export interface Term {
  text: string;
  /** Lower case, punctuation removed. */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Index of the sentence the term is in. */
  sentence: number;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  offset?: { start: number; length: number };
}

const NO_TAGS: ReadonlySet<string> = new Set();

/** The tags compromise's lexicon gives a word, with their parent tags ("FemaleName" is also a FirstName, a Person…). */
function tagsOf(normal: string): ReadonlySet<string> {
  const lexicon = lexiconTags();
  // The lexicon holds singular nouns: "paragraphs" is known as "paragraph".
  return lexicon.get(normal) ?? (/[a-z]s$/.test(normal) ? lexicon.get(normal.slice(0, -1)) ?? lexicon.get(normal.replace(/es$/, '')) : undefined) ?? NO_TAGS;
}

/**
 * Splits `text` into sentences and words with compromise's tokenizer and tags each word from
 * compromise's lexicon, plus capitalisation: a capitalised word that is not the first of its
 * sentence, or that the lexicon does not know, is a proper noun. This skips compromise's
 * contextual tagger, which costs several times more than everything else the engine does.
 */
export function parseTerms(text: string): Term[] {
  const terms: Term[] = [];
  let sentence = 0;
  for (const chunk of chunks(text)) sentence = tagChunk(chunk.text, chunk.offset, sentence, terms);
  return terms;
}

/**
 * compromise's tokenizer slows down sharply on very long runs without a sentence break
 * ("Mr. Mr. Mr. …": it re-reads the sentence so far at every full stop it does not split at), so
 * text longer than CHUNK is handed to it in pieces of at most CHUNK characters and CHUNK_STOPS
 * full stops, cut after a sentence end where there is one, else at a space.
 */
const CHUNK = 2000;
const CHUNK_STOPS = 32;

function chunks(text: string): Array<{ text: string; offset: number }> {
  if (text.length <= CHUNK) return [{ text, offset: 0 }];
  const out: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  while (offset < text.length) {
    const piece = upToStops(text.slice(offset, offset + CHUNK));
    let end = offset + piece.length;
    if (end < text.length) {
      const sentenceEnd = Math.max(piece.lastIndexOf('. '), piece.lastIndexOf('! '), piece.lastIndexOf('? '), piece.lastIndexOf('\n'));
      const space = piece.lastIndexOf(' ');
      const cut = sentenceEnd > piece.length / 2 ? sentenceEnd + 1 : space > 0 ? space : -1;
      if (cut > 0) end = offset + cut;
      // Never cut between the halves of a surrogate pair.
      if (/[\uD800-\uDBFF]/.test(text[end - 1]!) && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end--;
    }
    out.push({ text: text.slice(offset, end), offset });
    offset = end;
  }
  return out;
}

/** `piece` up to its CHUNK_STOPS-th full stop (with the space after it), or all of it. */
function upToStops(piece: string): string {
  let stops = 0;
  for (const m of matchAll(piece, /[.!?] /g)) if (++stops === CHUNK_STOPS) return piece.slice(0, m.index + 2);
  return piece;
}

const termTagsByForm = new Map<string, ReadonlySet<string>>();

/**
 * A word's lexicon tags plus what its form says: a word the lexicon does not know is a noun (and a
 * past tense if it ends in -ed), a capitalised word that is not first in its sentence or not in the
 * lexicon is a proper noun, and two or more capitals make an acronym. One set is shared by every
 * term of the same word and form.
 */
function termTags(normal: string, text: string, notFirst: boolean): ReadonlySet<string> {
  const capitalised = /^\p{Lu}/u.test(text);
  const acronym = /^[A-Z]{2,}$/.test(text);
  const form = `${capitalised ? 'C' : 'c'}${notFirst ? 'N' : 'n'}${acronym ? 'A' : 'a'}${normal}`;
  let tags = termTagsByForm.get(form);
  if (!tags) {
    const known = tagsOf(normal);
    const set = new Set(known);
    if (known.size === 0) {
      set.add('Noun');
      if (/^[a-z]+ed$/.test(normal)) set.add('PastTense').add('Verb');
    }
    if (capitalised && (notFirst || known.size === 0) && !set.has('Pronoun') && !set.has('Determiner')) set.add('ProperNoun');
    if (acronym) set.add('Acronym');
    termTagsByForm.set(form, (tags = set));
  }
  return tags;
}

function tagChunk(text: string, offset: number, firstSentence: number, terms: Term[]): number {
  const doc = nlp.tokenize(text);
  doc.compute('offset');
  const sentences = doc.docs as CompromiseTerm[][];
  sentences.forEach((sentence, index) => {
    sentence.forEach((term, position) => {
      if (!term.offset) return;
      const normal = term.normal ?? term.text.toLowerCase();
      const start = offset + term.offset.start;
      terms.push({ text: term.text, normal, start, end: start + term.offset.length, tags: termTags(normal, term.text, position > 0), sentence: firstSentence + index });
    });
  });
  return firstSentence + sentences.length;
}

/** Index of the first term that starts at or after `offset` (terms are in text order). */
export function firstTermFrom(terms: readonly Term[], offset: number): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (terms[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The term starting exactly at `offset`, if any. */
export function termAt(terms: readonly Term[], offset: number): Term | undefined {
  const term = terms[firstTermFrom(terms, offset)];
  return term?.start === offset ? term : undefined;
}

/** The terms lying inside [start, end). */
export function termsWithin(terms: readonly Term[], start: number, end: number): Term[] {
  const out: Term[] = [];
  for (let i = firstTermFrom(terms, start); i < terms.length && terms[i]!.end <= end; i++) out.push(terms[i]!);
  return out;
}
