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
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** Parses `text` once with compromise: tokens, part-of-speech tags and sentence boundaries. */
export function parseTerms(text: string): Term[] {
  const doc = nlp(text);
  doc.compute('offset');
  const terms: Term[] = [];
  (doc.docs as CompromiseTerm[][]).forEach((sentence, index) => {
    for (const term of sentence) {
      if (!term.offset) continue;
      terms.push({
        text: term.text,
        normal: term.normal ?? term.text.toLowerCase(),
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        tags: term.tags,
        sentence: index,
      });
    }
  });
  return terms;
}
