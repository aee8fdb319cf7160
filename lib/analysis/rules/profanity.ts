import { compileLexicon } from '../data/lexicon';
import { PROFANITY } from '../data/profanity';
import { matchAll, removalRange } from '../text';
import { defineRule } from '../types';

const PROFANE = compileLexicon(PROFANITY);

export default defineRule({
  id: 'profanity',
  category: 'prof.profanity',
  severity: 'warning',
  title: 'Swearing',
  note: 'Post as you would want your business card seen. Clinical and anatomical words are never counted as swearing.',
  check({ text }) {
    return [...matchAll(text, PROFANE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `"${m[0]}" is swearing, even masked.`,
      suggestions: [{ label: `Remove "${m[0]}"`, text: '', ...removalRange(text, m.index, m.index + m[0].length) }],
    }));
  },
});
