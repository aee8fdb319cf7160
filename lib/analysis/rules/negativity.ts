import vader from 'vader-sentiment';
import { compileLexicon, lexiconMatches, type LexiconEntry } from '../data/lexicon';
import { DRAMA, GRIEVANCES, LAUGHTER, MOCKERY, NAMED_ONLY_WITH_A_JAB, NEGATIVITY_TARGETS, PATIENT_MISHAP, PATIENT_TARGETS, SOUR_WORDS } from '../data/negativity';
import { SARCASM_MARKERS } from '../data/sarcasm';
import { mentionsCase, replyHandleAt } from '../subject';
import { matchAll } from '../text';
import { toneModelMatch } from '../tone-model';
import { defineRule, type RuleMatch } from '../types';

const TARGETS = [...NEGATIVITY_TARGETS, ...NAMED_ONLY_WITH_A_JAB, ...PATIENT_TARGETS];
function isWhole(target: string, entries: LexiconEntry[]): boolean {
  return lexiconMatches(target, entries).some((m) => m.index === 0 && m[0].length === target.length);
}
const DRAMA_WORDS = compileLexicon([...SOUR_WORDS, ...GRIEVANCES, ...DRAMA, ...MOCKERY, ...SARCASM_MARKERS], 'i');
/** What makes drama of a patient or of the follower a reply answers: mockery, contempt or an insult, not a grievance or a sour word. */
const MOCKING = compileLexicon([...DRAMA, ...MOCKERY], 'i');
const LAUGH = new RegExp(LAUGHTER, 'i');
const MISHAP = new RegExp(`\\b(?:${PATIENT_MISHAP})`, 'i');
const PATIENT = /\b(?:pts?|patients?|\d{1,3}-?(?:year-old|yo|y\/o)['’]?s?|she|he|her|his|kid|guy|lady)\b/i;
const SENTENCE = /(?:[^.!?\n]|[.!?](?=\S))+[.!?]*/g;
/** Irony at the author's own expense: "love that for me", "living the dream". */
const SELF_DIRECTED = /\b(?:love (?:this|that) for me|living the dream|thriving)\b/i;
/** "as a surgeon", "I'm an ER doc": the author is one of the target group. */
const AUTHOR_AS = /\b(?:be|am|I['’]m|as)\s+an?\s+$/i;

export default defineRule({
  id: 'negativity',
  category: 'prof.negativity',
  severity: 'warning',
  title: 'Drama aimed at someone',
  note: "Keep posts positive: don't air grievances about your workplace, attack other specialties or mock colleagues, patients or the public.",
  check({ text, context }, earlier) {
    const found: RuleMatch[] = [];
    const sentences = [...matchAll(text, SENTENCE)];
    // Targets never span sentences, so they are found once in the whole text.
    const targets = lexiconMatches(text, TARGETS);
    const replyHandle = replyHandleAt(text);
    let nextTarget = 0;
    sentences.forEach((s, i) => {
      const sentenceEnd = s.index + s[0].length;
      let target: RegExpExecArray | undefined;
      for (; nextTarget < targets.length && targets[nextTarget]!.index < sentenceEnd; nextTarget++) {
        const t = targets[nextTarget]!;
        if (!target && t.index >= s.index && !AUTHOR_AS.test(text.slice(Math.max(s.index, t.index - 40), t.index))) target = t;
      }
      if (!target) return;
      // The jab often comes a sentence or two later: "Also surgeons: 4 CTs in 24 hours. Make it make sense 🤡"
      const withNext = s[0] + (sentences[i + 1]?.[0] ?? '') + (sentences[i + 2]?.[0] ?? '');
      // A patient is only a target of mockery or insult; a specialty or office only of a jab; the others of a sour mood too.
      const repliedTo = target.index === replyHandle;
      if (repliedTo || isWhole(target[0], PATIENT_TARGETS)) {
        if (!MOCKING.test(withNext)) return;
      } else if (!DRAMA_WORDS.test(withNext) && (isWhole(target[0], NAMED_ONLY_WITH_A_JAB) || vader.SentimentIntensityAnalyzer.polarity_scores(s[0]).compound > -0.45)) return;
      const start = s.index + (s[0].length - s[0].trimStart().length);
      found.push({ start, end: s.index + s[0].trimEnd().length, message: `This is drama aimed at "${target[0]}".` });
    });
    // Sarcasm aimed at someone other than the author is drama too ("Thanks, ED 🙃"); the tone model judges drama itself.
    const sarcasm = earlier.find((m) => m.category === 'prof.sarcasm' && !m.learned);
    if (!found.length && sarcasm) {
      // "love that for me" about a patient's doing is the author's own lot; about ortho's order it is a jab.
      const selfDirected = SELF_DIRECTED.test(text);
      const target = targets.find((t) => !AUTHOR_AS.test(text.slice(Math.max(0, t.index - 40), t.index)) && !(selfDirected && isWhole(t[0], PATIENT_TARGETS)));
      if (target) found.push({ start: target.index, end: target.index + target[0].length, message: `The sarcasm in this draft is aimed at "${target[0]}".` });
    }
    // Laughing at a patient's body or mishap.
    if (LAUGH.test(text) && MISHAP.test(text) && PATIENT.test(text) && mentionsCase(text, text)) {
      const laugh = LAUGH.exec(text)!;
      found.push({ start: laugh.index, end: laugh.index + laugh[0].length, message: "Laughing at a patient's body or mishap mocks them." });
    }
    // Mocking a follower in a reply.
    if (replyHandle >= 0 && LAUGH.test(text) && /\b(?:wrong|go ask|google it|bro|lol)\b/i.test(text)) {
      const laugh = LAUGH.exec(text)!;
      found.push({ start: laugh.index, end: laugh.index + laugh[0].length, message: 'This reply mocks the person who asked.' });
    }
    if (found.length === 0) {
      const learned = toneModelMatch('prof.negativity', text, context, 'drama aimed at someone');
      if (learned) found.push(learned);
    }
    return found;
  },
});
