import { firstTermFrom } from '../nlp';
import { aboutFamilyNotPatient, aboutStaffOnly, addressesEveryone, advisesReader, CAREER_NEWS, citesPaper, mentionsCase, mentionsEvent, neighbourhoodOf, noPatientFor, sentenceOf, sentenceRange } from '../subject';
import { matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

const PERIOD = 'night|week|weekend|month|shift|call|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const HINT = new RegExp(
  [
    `\\b(?:last|this past)\\s+(?:${PERIOD})\\b`,
    `\\bthis\\s+(?:morning|afternoon|evening|week|weekend|month|shift|year|spring|summer|fall|autumn|winter|monsoon|season|flu season)\\b`,
    `\\bright now\\b|\\bthis arvo\\b|\\b(?:on|over|at) the weekend\\b|\\bin the (?:early|small|wee) hours\\b|\\blast weekend\\b`,
    `\\b(?:on call\\s+)?(?:tonight|overnight)\\b`,
    `\\b(?:earlier\\s+)?(?:yesterday|today)\\b`,
    `\\bjust now\\b|\\bthe other day\\b`,
    `\\b(?:(?:\\d+|a couple of|a few|two|three|several)\\s+(?:hours|hrs|days|weeks|wks|months|mos)|(?:an|a|one)\\s+(?:hour|day|week|month))\\s+ago\\b`,
  ].join('|'),
  'gi',
);
/** "who just rang the bell": "just" about something the patient did. */
/** "just" before a past form: "pt just rolled in", "the 3 yo in bay 4 just figured out", "Just diagnosed my first…". */
const JUST = /\b([Jj]ust)\s+(?=\w)/g;

/** Findings that identify a patient by themselves. */
const PATIENT_DETAILS = new Set(['phi.name', 'phi.age', 'phi.id', 'phi.contact']);

function message(actual: string): string {
  return `"${actual}" says when this case happened; a patient who recognises the timing can say "that's me".`;
}

/** Past forms the lexicon may not tag as such: "just rolled in", "just got the call", "just had our 2nd case". */
const PAST_FORM = /^(?:[a-z]{2,}ed|had|got|came|saw|went|told|gave|found|took|brought|ran|left|made|said|sent|felt|heard|hit|fell|broke|ate|drove|rang|woke|threw|caught|bit|stuck|swallowed|coded|rolled|walked)$/;

export default defineRule({
  id: 'time-hint',
  category: 'phi.time_hint',
  severity: 'error',
  title: 'When a case happened',
  note: '"Look what I saw last week" is already too much: a patient who recognises the timing can say "that\'s me". Even "recently" is a hint; prefer nothing.',
  check({ text, context, terms, noPatientInDraft }, earlier) {
    // A teaching frame, the author's own life, a tribute to a colleague: no patient to identify.
    if (noPatientFor({ text, context, noPatientInDraft })) return [];
    const found: RuleMatch[] = [];
    // A patient already identified in the same sentence ("Mrs. Ní Bhriain … today", "a 44yo fisho … this wet season") is who the timing is about.
    const identified = earlier.filter((m) => PATIENT_DETAILS.has(m.category));
    const identifiedInSentence = (start: number, end: number): boolean => {
      const sentence = sentenceRange(text, start, end);
      return identified.some((m) => m.start >= sentence.start && m.end <= sentence.end);
    };
    const aboutCase = (start: number, end: number): boolean => {
      if (context.assumePatient) return true;
      const around = neighbourhoodOf(text, start, end);
      const sentence = sentenceOf(text, start, end);
      if (citesPaper(sentence) || CAREER_NEWS.test(sentence) || mentionsEvent(sentence) || addressesEveryone(sentence)) return false;
      if (identifiedInSentence(start, end)) return true;
      return mentionsCase(around, text) && !aboutStaffOnly(sentence) && !aboutFamilyNotPatient(sentence) && !/\bpaper\b/i.test(sentence);
    };
    for (const m of matchAll(text, HINT)) {
      const start = m.index;
      const end = start + m[0].length;
      if (text[start - 1] === '#' || !aboutCase(start, end)) continue;
      if (/^['’]s\s+#\w/.test(text.slice(end, end + 5))) continue; // "Today's #MSKMonday": a posting schedule
      if (/^last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(m[0])) continue; // a weekday is a date (patient-date)
      found.push({ start, end, message: message(m[0]), suggestions: [{ label: `Remove "${m[0]}"`, text: '', ...removalRange(text, start, end) }] });
    }
    for (const m of matchAll(text, JUST)) {
      const start = m.index;
      const end = start + 4;
      const next = terms()[firstTermFrom(terms(), end)];
      if (!next || !(next.tags.has('PastTense') || PAST_FORM.test(next.normal)) || !aboutCase(start, end)) continue;
      if (/['‘"“]$/.test(text.slice(Math.max(0, start - 1), start))) continue; // quoting someone: "'just had a little chest pain'"
      found.push({ start, end, message: message('just'), suggestions: [{ label: 'Remove "just"', text: '', ...removalRange(text, start, end) }] });
    }
    return found;
  },
});
