import { mentionsCase, mentionsEvent, neighbourhoodOf, remembered, sentenceOf } from '../subject';
import { clauseBefore, dropOverlaps, matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;

/** Written dates. Numeric day/month pairs without a year need a cue, since "3/4" is also a fraction. */
const FULL_DATE = new RegExp(
  [
    String.raw`\b(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d{2}\b`,
    String.raw`\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b`,
    String.raw`\b${MONTH}\s+${DAY}(?:,?\s+(?:19|20)\d{2})?\b`,
    String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+(?:19|20)\d{2})?\b`,
  ].join('|'),
  'gi',
);
const SHORT_DATE = /\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\b(?![/\d]|\s*(?:of|patients|cases|pts))/g;
const SHORT_DATE_CUE = new RegExp(String.raw`(?:\b(?:on|from|since|of|dated|admitted|born|seen|scanned|DOB|DOS)|${WEEKDAY}\.?)\s*:?\s*$`, 'i');
const WEEKDAY_WORD = new RegExp(String.raw`\b(?:on\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?\b`, 'gi');
const HOLIDAY = /\b(?:on\s+)?(?:Christmas(?: Eve| Day)?|New Year['’]s(?: Eve| Day)?|Thanksgiving|Easter(?: Sunday)?|Halloween|Hanukkah|Diwali|Eid|Ramadan|Passover|Fourth of July|July 4th|Independence Day|Memorial Day|Labor Day|Valentine['’]s Day|Mother['’]s Day|Father['’]s Day)\b(?!\s+(?:disease|factor|tree|tree sign|party|card|sweater|break|vacation|schedule))/g;
const BIRTH_CUE = /\b(?:DOB|D\.O\.B\.|date of birth|born|birthday|died|passed away|deceased|admitted|discharged|DOS)\b\s*:?\s*(?:on\s+)?$/i;

/** A journal citation ("AJNR 2019; doi…", "Radiology. 2024 Mar") is not a patient's date. */
const CITATION_CUE = /\b(?:doi|pmid|et al\b|vol\.)|(?<![#@\w])(?:AJR|AJNR|RadioGraphics|Radiology|JACR|NEJM|JAMA|Lancet|BMJ)\.?,?\s+(?:19|20)\d{2}/i;
const citesPaper = remembered((sentence) => CITATION_CUE.test(sentence));

export default defineRule({
  id: 'patient-date',
  category: 'phi.date',
  severity: 'error',
  title: 'Date of care, birth or death',
  note: 'Not even a hint of when the image was taken: dates tied to care, birth or death identify the patient.',
  check({ text, context }) {
    const found: RuleMatch[] = [];
    const add = (start: number, end: number, needsCase: boolean): void => {
      const actual = text.slice(start, end);
      const sentence = sentenceOf(text, start, end);
      const before = clauseBefore(text, start, 30);
      const birth = BIRTH_CUE.test(before);
      if (!context.assumePatient && !birth) {
        if (mentionsEvent(sentence) || citesPaper(sentence)) return;
        if (needsCase && !mentionsCase(neighbourhoodOf(text, start, end))) return;
      }
      if (text[start - 1] === '#') return;
      found.push({
        start,
        end,
        message: birth ? `"${actual}" is a date of birth or death, a HIPAA identifier.` : `"${actual}" dates this case; dates tied to care identify the patient.`,
        suggestions: [{ label: 'Remove the date', text: '', ...removalRange(text, start, end) }],
      });
    };
    for (const m of matchAll(text, FULL_DATE)) add(m.index, m.index + m[0].length, true);
    for (const m of matchAll(text, SHORT_DATE)) {
      if (SHORT_DATE_CUE.test(text.slice(Math.max(0, m.index - 20), m.index))) add(m.index, m.index + m[0].length, true);
    }
    for (const m of matchAll(text, WEEKDAY_WORD)) {
      if (/^(?:last|this)\b/i.test(m[0])) continue; // "last Friday" is a time hint, not a date
      const start = m.index + (/^on\s/i.test(m[0]) ? 3 : 0);
      add(start, m.index + m[0].length, true);
    }
    for (const m of matchAll(text, HOLIDAY)) {
      if (/\b(?:happy|merry|wishing|wish you an?|from all of us)\s*(?:a\s+)?$/i.test(clauseBefore(text, m.index, 20))) continue;
      const start = m.index + (/^on\s/i.test(m[0]) ? 3 : 0);
      add(start, m.index + m[0].length, true);
    }
    return dropOverlaps(found);
  },
});
