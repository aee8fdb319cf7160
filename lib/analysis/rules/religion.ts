import { compileLexicon } from '../data/lexicon';
import { RELIGION_STRONG, RELIGION_WEAK } from '../data/religion';
import { matchAll } from '../text';
import { defineRule, type RuleMatch } from '../types';

const STRONG = compileLexicon(RELIGION_STRONG.slice(0, 1).concat(RELIGION_STRONG.slice(2)), 'gi');
const DEITY = compileLexicon(RELIGION_STRONG.slice(1, 2), 'g');
const WEAK = compileLexicon(RELIGION_WEAK, 'gi');

export default defineRule({
  id: 'religion',
  category: 'prof.religion',
  severity: 'warning',
  title: 'Religion',
  note: 'Leave religion out of professional posts. A prayer for a named patient also identifies them.',
  scope: 'document',
  check({ text }) {
    const strong: RuleMatch[] = [...matchAll(text, STRONG), ...matchAll(text, DEITY)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `"${m[0]}" brings religion into a professional post.`,
    }));
    if (strong.length === 0) return [];
    const weak = [...matchAll(text, WEAK)].map((m) => ({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" with faith language brings religion into a professional post.` }));
    return [...strong, ...weak];
  },
});
