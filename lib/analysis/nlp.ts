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
  const doc = nlp.tokenize(text);
  doc.compute('offset');
  const terms: Term[] = [];
  (doc.docs as CompromiseTerm[][]).forEach((sentence, index) => {
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
      terms.push({ text: term.text, normal, start: term.offset.start, end: term.offset.start + term.offset.length, tags, sentence: index });
    });
  });
  return terms;
}
