import { ageBand, withArticle } from '../age-bands';
import { findAges, type AgeForm } from '../ages';
import { matchCase, nextWord, removalRange } from '../text';
import { defineRule, type Suggestion } from '../types';

const FUNCTION_WORDS = new Set(['with', 'who', 'is', 'was', 'has', 'had', 'presented', 'presents', 'presenting',
  'came', 'in', 'on', 'at', 'after', 'from', 'for', 'to', 'that', 'whose', 'but', 'here', 'today', 'now']);

function suggestionsFor(text: string, start: number, end: number, form: AgeForm, years: number): Suggestion[] {
  const removal = removalRange(text, start, end);
  const remove: Suggestion = { label: 'Remove the age', text: '', ...removal };
  if (form === 'remove') return [remove];
  const band = ageBand(years);
  const following = nextWord(text, end);
  const attributive = form === 'compound' && /^-?[a-z]/i.test(text.slice(end, end + 2).trim()) && following !== '' && !FUNCTION_WORDS.has(following);
  const article = /\b(an?)\s+$/i.exec(text.slice(Math.max(0, start - 4), start));
  if (attributive || article) {
    const phrase = attributive ? band.adjective : band.noun.replace(/^an? /, '');
    const from = article ? start - article[0].length : start;
    const replacement = matchCase(text, from, article ? withArticle(phrase) : phrase);
    return [{ label: `Replace with "${replacement}"`, start: from, end, text: replacement }, remove];
  }
  const replacement = matchCase(text, start, band.noun);
  return [{ label: `Replace with "${replacement}"`, start, end, text: replacement }, remove];
}

function message(actual: string, years: number): string {
  return years > 89
    ? `"${actual}" gives an age over 89, which HIPAA lists as an identifier on its own.`
    : `"${actual}" gives the patient's exact age.`;
}

export default defineRule({
  id: 'exact-age',
  category: 'phi.age',
  severity: 'error',
  title: 'Exact age of a patient',
  note: 'Avoid anything that reveals age: say toddler, youth, middle age or elderly instead. Ages over 89 are a HIPAA identifier outright.',
  check({ text, context, noPatientInDraft }) {
    return findAges(text, noPatientInDraft).map(({ start, end, years, form }) => ({
      start,
      end,
      message: message(text.slice(start, end), years),
      suggestions: suggestionsFor(text, start, end, form, years),
    }));
  },
});
