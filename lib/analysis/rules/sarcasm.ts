import { compileLexicon, lexiconMatches } from '../data/lexicon';
import { NAMED_ONLY_WITH_A_JAB, NEGATIVITY_TARGETS } from '../data/negativity';
import vader from 'vader-sentiment';
import { COMPLAINT_CUES, IRONIC_PRAISE, SARCASM_MARKERS, SCARE_QUOTES, SHORT_PRAISE, SMILE_AFTER_COMPLAINT } from '../data/sarcasm';
import { remembered, replyHandleAt, sentenceOf, sentenceRanges } from '../subject';
import { matchAll } from '../text';
import { toneModelMatch } from '../tone-model';
import { defineRule, type RuleMatch } from '../types';

const MARKER = compileLexicon(SARCASM_MARKERS);
const PRAISE = new RegExp(`\\b(?:${IRONIC_PRAISE})\\b`, 'gi');
const SMILE = new RegExp(SMILE_AFTER_COMPLAINT, 'gu');
const COMPLAINT = new RegExp(`(?:${COMPLAINT_CUES})`, 'i');
const complains = remembered((sentence) => COMPLAINT.test(sentence));
const QUOTED = new RegExp(SCARE_QUOTES);
const SOMEONE = [...NEGATIVITY_TARGETS, ...NAMED_ONLY_WITH_A_JAB];
const PRAISE_ALONE = new RegExp(`^(?:${SHORT_PRAISE})$`, 'i');
/** A sentence's words without emoji, hashtags and end punctuation. */
const bare = (sentence: string) => trimEndPunctuation(sentence.replace(/#\w+|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}/gu, ' ')).trim();
/** Drops end punctuation and spaces, without a regex that a long run of them would make quadratic. */
function trimEndPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && '.!?, \t\n'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

export default defineRule({
  id: 'sarcasm',
  category: 'prof.sarcasm',
  severity: 'info',
  title: 'Sarcasm',
  note: 'Mind the tone: sarcasm does not translate well online, and readers who do not know you take it at face value.',
  check({ text, context }) {
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
    shortPraise(text, found);
    if (found.length === 0) {
      const learned = toneModelMatch('prof.sarcasm', text, context, 'sarcasm');
      if (learned) found.push(learned);
    }
    return found;
  },
});

/**
 * "Request form reads 'pain ?cause'. Wonderful. Such detail.": two sentences of praise and nothing
 * else, in a row, in a draft that quotes someone or complains. Sincere enthusiasm stacks praise too
 * ("Great stuff. Top work. Our audit hit 95%"), so the complaint or the quote is required.
 */
function shortPraise(text: string, found: RuleMatch[]): void {
  const sentences = sentenceRanges(text);
  const words = sentences.map((s) => bare(text.slice(s.start, s.end)));
  const praised = words.map((w) => PRAISE_ALONE.test(w));
  if (!praised.some((p, i) => p && praised[i + 1])) return;
  const rest = sentences.filter((_, j) => !praised[j]).map((r) => text.slice(r.start, r.end)).join(' ');
  if (!(QUOTED.test(rest) || complains(rest) || vader.SentimentIntensityAnalyzer.polarity_scores(rest).neg >= 0.1)) return;
  sentences.forEach((s, i) => {
    if (!praised[i] || !(praised[i - 1] || praised[i + 1])) return;
    found.push({ start: s.start, end: s.start + trimEndPunctuation(text.slice(s.start, s.end)).length, message: `"${words[i]}", praise on its own next to a complaint, reads as sarcasm.` });
  });
}
