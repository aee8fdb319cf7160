import nlp from 'compromise';

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

interface TagInfo {
  parents?: string[];
}

const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, TagInfo> } } }).model().one;
const lexiconTags = new Map<string, ReadonlySet<string>>();

/** The tags compromise's lexicon gives a word, with their parent tags ("FemaleName" is also a FirstName, a Person…). */
function tagsOf(normal: string): ReadonlySet<string> {
  let tags = lexiconTags.get(normal);
  if (!tags) {
    // The lexicon holds singular nouns: "paragraphs" is known as "paragraph".
    const raw = model.lexicon[normal] ?? (/[a-z]s$/.test(normal) ? model.lexicon[normal.slice(0, -1)] ?? model.lexicon[normal.replace(/es$/, '')] : undefined);
    const set = new Set<string>();
    for (const tag of Array.isArray(raw) ? raw : raw ? [raw] : []) {
      set.add(tag);
      for (const parent of model.tagSet[tag]?.parents ?? []) set.add(parent);
    }
    tags = set;
    lexiconTags.set(normal, tags);
  }
  return tags;
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
 * ("Mr. Mr. Mr. …"), so text is handed to it in pieces of at most CHUNK characters, cut after a
 * sentence end where there is one, else at a space.
 */
const CHUNK = 2000;

function chunks(text: string): Array<{ text: string; offset: number }> {
  if (text.length <= CHUNK) return [{ text, offset: 0 }];
  const out: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  while (offset < text.length) {
    let end = Math.min(text.length, offset + CHUNK);
    if (end < text.length) {
      const piece = text.slice(offset, end);
      const sentenceEnd = Math.max(piece.lastIndexOf('. '), piece.lastIndexOf('! '), piece.lastIndexOf('? '), piece.lastIndexOf('\n'));
      const space = piece.lastIndexOf(' ');
      const cut = sentenceEnd > CHUNK / 2 ? sentenceEnd + 1 : space > 0 ? space : -1;
      if (cut > 0) end = offset + cut;
      // Never cut between the halves of a surrogate pair.
      if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
    }
    out.push({ text: text.slice(offset, end), offset });
    offset = end;
  }
  return out;
}

function tagChunk(text: string, offset: number, firstSentence: number, terms: Term[]): number {
  const doc = nlp.tokenize(text);
  doc.compute('offset');
  const sentences = doc.docs as CompromiseTerm[][];
  sentences.forEach((sentence, index) => {
    sentence.forEach((term, position) => {
      if (!term.offset) return;
      const normal = term.normal ?? term.text.toLowerCase();
      const known = tagsOf(normal);
      const tags = new Set(known);
      const capitalised = /^\p{Lu}/u.test(term.text);
      if (known.size === 0) {
        tags.add('Noun');
        if (/^[a-z]+ed$/.test(normal)) tags.add('PastTense').add('Verb');
      }
      if (capitalised && (position > 0 || known.size === 0) && !tags.has('Pronoun') && !tags.has('Determiner')) tags.add('ProperNoun');
      if (/^[A-Z]{2,}$/.test(term.text)) tags.add('Acronym');
      const start = offset + term.offset.start;
      terms.push({ text: term.text, normal, start, end: start + term.offset.length, tags, sentence: firstSentence + index });
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
