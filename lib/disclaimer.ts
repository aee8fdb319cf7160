/** Disclaimer helpers shared by the background and content scripts (no engine, no twitter-text). */
export { holdsDisclaimer } from './analysis/defaults';

const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function containsDisclaimer(text: string, disclaimer: string): boolean {
  return !!disclaimer.trim() && normalise(text).includes(normalise(disclaimer));
}

/** What "Insert disclaimer" adds to the end of a draft: on its own paragraph. */
export function disclaimerInsertion(text: string, disclaimer: string): string {
  const trimmed = text.replace(/\s+$/, '');
  if (!trimmed) return disclaimer;
  return `${text.length > trimmed.length ? '' : '\n\n'}${disclaimer}`;
}
