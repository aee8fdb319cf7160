import { compileLexicon } from '../data/lexicon';
import { POLITICS } from '../data/politics';
import { matchAll } from '../text';
import { defineRule } from '../types';

const POLITICAL = compileLexicon(POLITICS);
/** "Conservative management" and "liberal use of contrast" are clinical, not political. */
const CLINICAL_AFTER = /^\s+(?:management|treatment|therapy|approach|use|fluids|dosing|margins?)\b/i;

export default defineRule({
  id: 'politics',
  category: 'prof.politics',
  severity: 'warning',
  title: 'Politics',
  note: 'Stick to radiology, education and professional topics; leave out elections, parties, politicians and legislation fights.',
  check({ text }) {
    return [...matchAll(text, POLITICAL)]
      .filter((m) => !CLINICAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)))
      .map((m) => ({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" brings politics into a professional post.` }));
  },
});
