import { compileLexicon, lexiconMatches } from '../data/lexicon';
import { NAMED_ONLY_WITH_A_JAB, NEGATIVITY_TARGETS } from '../data/negativity';
import { COMPLAINT_CUES, IRONIC_PRAISE, SARCASM_MARKERS, SCARE_QUOTES, SMILE_AFTER_COMPLAINT } from '../data/sarcasm';
import { remembered, replyHandleAt, sentenceOf } from '../subject';
import { matchAll } from '../text';
import { defineRule, type RuleMatch } from '../types';

const MARKER = compileLexicon(SARCASM_MARKERS);
const PRAISE = new RegExp(`\\b(?:${IRONIC_PRAISE})\\b`, 'gi');
const SMILE = new RegExp(SMILE_AFTER_COMPLAINT, 'gu');
const COMPLAINT = new RegExp(`(?:${COMPLAINT_CUES})`, 'i');
const complains = remembered((sentence) => COMPLAINT.test(sentence));
const QUOTED = new RegExp(SCARE_QUOTES);
const SOMEONE = [...NEGATIVITY_TARGETS, ...NAMED_ONLY_WITH_A_JAB];

export default defineRule({
  id: 'sarcasm',
  category: 'prof.sarcasm',
  severity: 'info',
  title: 'Sarcasm',
  note: 'Mind the tone: sarcasm does not translate well online, and readers who do not know you take it at face value.',
  check({ text }) {
    const found: RuleMatch[] = [];
    for (const m of matchAll(text, MARKER)) {
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" reads as sarcasm.` });
    }
    for (const m of matchAll(text, PRAISE)) {
      const sentence = sentenceOf(text, m.index, m.index + m[0].length);
      if (complains(sentence)) found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" next to a complaint reads as sarcasm.` });
    }
    // A smile after someone's quoted words, with someone named other than the follower a reply answers.
    const firstQuote = QUOTED.exec(text);
    let someoneNamed: boolean | undefined;
    const namesSomeone = () => {
      if (someoneNamed === undefined) {
        const repliedTo = replyHandleAt(text);
        someoneNamed = lexiconMatches(text, SOMEONE).some((t) => t.index !== repliedTo);
      }
      return someoneNamed;
    };
    for (const m of matchAll(text, SMILE)) {
      // The smile closes the sentence it follows: look at the words before it.
      const sentence = sentenceOf(text, Math.max(0, m.index - 2), m.index);
      if (complains(sentence)) found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" after a complaint reads as sarcasm.` });
      else if (firstQuote && firstQuote.index + firstQuote[0].length <= m.index && namesSomeone()) {
        found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" after quoting someone reads as a smirk.` });
      }
    }
    return found;
  },
});
