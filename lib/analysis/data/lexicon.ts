import { matchAll } from '../text';

/**
 * A lexicon entry: a regular-expression source matched as whole tokens, case-insensitively unless
 * marked. Emoji are written without variation selectors and joiners ("☦", not "☦️"): the text is
 * matched without its invisible characters (normalizeText).
 */
export interface LexiconEntry {
  pattern: string;
  note: string;
  source: string;
  /** Abbreviations such as "MR" or "PE" count only in capitals ("Mr." and "pe" are other words). */
  caseSensitive?: boolean;
}

/**
 * One regular expression for a whole lexicon: entries match whole tokens only, never inside a word.
 * A case-insensitive regex would lose an entry's case-sensitivity: use lexiconMatches for those. The
 * check runs when a rule module loads, so any test run catches a lexicon that breaks it.
 */
export function compileLexicon(entries: readonly LexiconEntry[], flags = 'gi'): RegExp {
  if (flags.includes('i') && entries.some((e) => e.caseSensitive)) throw new Error('compileLexicon: a case-sensitive entry in a case-insensitive lexicon; use lexiconMatches');
  return new RegExp(`(?<![\\w*$@#])(?:${entries.map((e) => e.pattern).join('|')})(?![\\w*$])`, flags);
}

const compiled = new WeakMap<readonly LexiconEntry[], RegExp[]>();

/** Every whole-token match of a lexicon in `text`, honouring entries marked case-sensitive, in text order. */
export function lexiconMatches(text: string, entries: readonly LexiconEntry[]): RegExpExecArray[] {
  let regexes = compiled.get(entries);
  if (!regexes) {
    const sensitive = entries.filter((e) => e.caseSensitive);
    const insensitive = entries.filter((e) => !e.caseSensitive);
    regexes = [
      ...(insensitive.length ? [compileLexicon(insensitive, 'gi')] : []),
      ...(sensitive.length ? [compileLexicon(sensitive, 'g')] : []),
    ];
    compiled.set(entries, regexes);
  }
  return regexes.flatMap((re) => [...matchAll(text, re)]).sort((a, b) => a.index - b.index);
}
