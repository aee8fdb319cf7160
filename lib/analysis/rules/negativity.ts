import vader from 'vader-sentiment';
import { compileLexicon, lexiconMatches } from '../data/lexicon';
import { DRAMA, LAUGHTER, NAMED_ONLY_WITH_A_JAB, NEGATIVITY_TARGETS, PATIENT_MISHAP } from '../data/negativity';
import { SARCASM_MARKERS } from '../data/sarcasm';
import { mentionsCase } from '../subject';
import { matchAll } from '../text';
import { defineRule, type RuleMatch } from '../types';

const TARGETS = [...NEGATIVITY_TARGETS, ...NAMED_ONLY_WITH_A_JAB];
/** A target named so often in neutral posts that only a jab, not a sour mood, makes drama of it. */
function isJabOnlyTarget(target: string): boolean {
  return lexiconMatches(target, NAMED_ONLY_WITH_A_JAB).some((m) => m.index === 0 && m[0].length === target.length);
}
const DRAMA_WORDS = compileLexicon([...DRAMA, ...SARCASM_MARKERS], "i");
const LAUGH = new RegExp(LAUGHTER, 'i');
const MISHAP = new RegExp(`\\b(?:${PATIENT_MISHAP})`, 'i');
const PATIENT = /\b(?:pts?|patients?|\d{1,3}-?(?:year-old|yo|y\/o)['’]?s?|she|he|her|his|kid|guy|lady)\b/i;
const SENTENCE = /(?:[^.!?\n]|[.!?](?=\S))+[.!?]*/g;
/** "as a surgeon", "I'm an ER doc": the author is one of the target group. */
const AUTHOR_AS = /\b(?:be|am|I['’]m|as)\s+an?\s+$/i;

export default defineRule({
  id: 'negativity',
  category: 'prof.negativity',
  severity: 'warning',
  title: 'Drama aimed at someone',
  note: "Keep posts positive: don't air grievances about your workplace, attack other specialties or mock colleagues, patients or the public.",
  check({ text }) {
    const found: RuleMatch[] = [];
    const sentences = [...matchAll(text, SENTENCE)];
    // Targets never span sentences, so they are found once in the whole text.
    const targets = lexiconMatches(text, TARGETS);
    let nextTarget = 0;
    sentences.forEach((s, i) => {
      const sentenceEnd = s.index + s[0].length;
      let target: RegExpExecArray | undefined;
      for (; nextTarget < targets.length && targets[nextTarget]!.index < sentenceEnd; nextTarget++) {
        const t = targets[nextTarget]!;
        if (!target && t.index >= s.index && !AUTHOR_AS.test(text.slice(Math.max(s.index, t.index - 40), t.index))) target = t;
      }
      if (!target) return;
      // The jab often comes in the next sentence: "Also surgeons: 4 CTs in 24 hours. Make it make sense 🤡"
      const withNext = s[0] + (sentences[i + 1]?.[0] ?? '');
      const drama = DRAMA_WORDS.test(withNext);
      if (!drama && (isJabOnlyTarget(target[0]) || vader.SentimentIntensityAnalyzer.polarity_scores(s[0]).compound > -0.45)) return;
      const start = s.index + (s[0].length - s[0].trimStart().length);
      found.push({ start, end: s.index + s[0].trimEnd().length, message: `This is drama aimed at "${target[0]}".` });
    });
    // Laughing at a patient's body or mishap.
    if (LAUGH.test(text) && MISHAP.test(text) && PATIENT.test(text) && mentionsCase(text, text)) {
      const laugh = LAUGH.exec(text)!;
      found.push({ start: laugh.index, end: laugh.index + laugh[0].length, message: "Laughing at a patient's body or mishap mocks them." });
    }
    // Mocking a follower in a reply.
    if (/^\s*(?:Replying to\s+)?@\w+/.test(text) && LAUGH.test(text) && /\b(?:wrong|go ask|google it|bro|lol)\b/i.test(text)) {
      const laugh = LAUGH.exec(text)!;
      found.push({ start: laugh.index, end: laugh.index + laugh[0].length, message: 'This reply mocks the person who asked.' });
    }
    return found;
  },
});
