import { aboutFamilyNotPatient, aboutStaffOnly, advisesReader, CAREER_NEWS, citesPaper, mentionsCase, mentionsEvent, namesCase, neighbourhoodOf, noPatientFor, remembered, sentenceOf } from '../subject';
import { clauseBefore, dropOverlaps, matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;

/** Written dates. Numeric day/month pairs without a year need a cue, since "3/4" is also a fraction. */
const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first)`;
const FRENCH_MONTH = String.raw`(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)`;
const FULL_DATE = new RegExp(
  [
    String.raw`\b(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d{2}\b(?![.:]\d)`,
    String.raw`\b(?:the\s+)?${ORDINAL_WORD}\s+of\s+${MONTH}|\b${MONTH}\s+(?:the\s+)?${ORDINAL_WORD}\b`,
    String.raw`\b(?:le\s+)?(?:1er|[12]\d|3[01]|0?[1-9])\s+${FRENCH_MONTH}(?:\s+(?:19|20)\d{2})?(?![\p{L}])`,
    String.raw`\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b`,
    String.raw`\b${MONTH}\s+${DAY}(?:,?\s+(?:19|20)\d{2})?\b`,
    String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+(?:19|20)\d{2})?\b`,
  ].join('|'),
  'giu',
);
const SHORT_DATE = /\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\b(?![/\d]|\s*(?:of|patients|cases|pts))/g;
const SHORT_DATE_CUE = new RegExp(String.raw`(?:\b(?:on|from|since|of|dated|admitted|born|seen|scanned|DOB|DOS|in|by|until|til|CT|CTA|MRI|MR|US|XR|CXR|PET|scan|biopsy|bx|op|surgery|repeat|f\/u)|${WEEKDAY}\.?|\()\s*:?\s*$`, 'i');
/** Day before month, as written outside the US: "21/3", "14/03". */
const DAY_MONTH = /\b(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\b(?![/\d]|\s*(?:of|patients|cases|pts))/g;
/** A short date followed by a time of day: "(3/14, 7:42 am)". */
const TIME_AFTER = /^,?\s*\d{1,2}:\d{2}/;
/** Abbreviated weekdays, where they cannot be another word: "sat night", "since Tues", "on thurs". */
const SHORT_WEEKDAY = /\b(?:(?:on|since|last|this|by|til|until|came in|seen|admitted|discharged|dc['’]?d \w+|home|back|in)\s+(?:mon|tues?|weds?|thurs?|fri|sat|sun)\b\.?|(?:mon|tues?|weds?|thurs?|fri|sat|sun)\.?\s+(?:night|morning|evening|afternoon|overnight)\b|(?:tues|weds|thurs)\b\.?)/gi;
/** A month on its own, said of when something happened: "in July", "since March". */
const MONTH_ALONE = /\b(?:in|since|during|through|until|last|early|late|mid-?)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g;
/** "the 3rd", "on the 21st", but not "the 9th hole" or "the 5th metatarsal". */
const ORDINAL_DAY = /\b(?:on\s+)?the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+(?:the|my|our|his|her)|floor|hole|percentile|time|times|grade|grader|edition|century|rib|ribs|toe|finger|ventricle|cranial|nerve|metacarpal|metatarsal|week|day|month|year|anniversary|try|attempt|place|ed|case|patient|one|fracture|visit|dose|cycle|round|line|generation|trimester|digit|compartment|street|st|ave|avenue))/gi;
const WEEKDAY_WORD = new RegExp(String.raw`\b(?:on\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?(?:-(?:night|morning|evening|afternoon))?\b`, 'gi');
const HOLIDAY = /\b(?:on\s+)?(?:the\s+super\s?bowl|super\s?bowl\s+sunday|Christmas(?: Eve| Day)?|New Year['’]s(?: Eve| Day)?|Thanksgiving|Easter(?: Sunday)?|Halloween|Hanukkah|Diwali|Eid|Ramadan|Passover|Fourth of July|July 4th|Independence Day|Memorial Day|Labor Day|Valentine['’]s Day|Mother['’]s Day|Father['’]s Day|St\.? Patrick['’]s Day|Paddy['’]s Day|Boxing Day|Canada Day|Anzac Day|Waitangi Day|Australia Day|Remembrance Day|Bank Holiday|Hogmanay|Guy Fawkes|Bonfire Night|Lunar New Year|Chinese New Year|Matariki|Saint-Jean-Baptiste|Fête nationale|Jour de l['’]An)\b(?![\s-]+(?:disease|factor|tree|tree sign|party|card|sweater|jumper|break|vacation|schedule|lights|market))/gi;
const LIFESPAN = /(?<=[\p{L}'’)]\s?,\s)(?:19|20)\d{2}\s?[–-]\s?(?:19|20)\d{2}\b/gu;
/** What comes before the day a quiz's answer is posted: "answer Friday", "reveal on Wednesday", "answers coming Mon". */
const ANSWER_DAY = /\b(?:answers?|reveal|solution)(?:\s+(?:will\s+be\s+)?(?:posted|coming|drops|up|out|is))?\s+(?:on\s+|this\s+|next\s+|by\s+|coming\s+)?$/i;
const BIRTH_CUE = /\b(?:DOB|D\.O\.B\.|date of birth|born|birthday|died|passed away|deceased|admitted|discharged|DOS)\b\s*:?\s*(?:on\s+)?$/i;

/** A journal citation ("AJNR 2019; doi…", "Radiology. 2024 Mar") is not a patient's date. */

export default defineRule({
  id: 'patient-date',
  category: 'phi.date',
  severity: 'error',
  title: 'Date of care, birth or death',
  note: 'Not even a hint of when the image was taken: dates tied to care, birth or death identify the patient.',
  check({ text, context, noPatientInDraft }) {
    // A teaching frame, the author's own life, a tribute to a colleague: no patient to identify.
    if (noPatientFor({ text, context, noPatientInDraft })) return [];
    const found: RuleMatch[] = [];
    const add = (start: number, end: number, needsCase: boolean | 'named'): void => {
      const actual = text.slice(start, end);
      const sentence = sentenceOf(text, start, end);
      const before = clauseBefore(text, start, 30);
      const birth = BIRTH_CUE.test(before);
      if (!context.assumePatient && !birth) {
        if (mentionsEvent(sentence) || citesPaper(sentence)) return;
        if (needsCase && (aboutStaffOnly(sentence) || aboutFamilyNotPatient(sentence) || advisesReader(sentence) || CAREER_NEWS.test(sentence))) return;
        if (needsCase === 'named' && !namesCase(neighbourhoodOf(text, start, end), text)) return;
        if (needsCase && !mentionsCase(neighbourhoodOf(text, start, end), text)) return;
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
    for (const m of [...matchAll(text, SHORT_DATE), ...matchAll(text, DAY_MONTH)]) {
      const end = m.index + m[0].length;
      const studyAfter = /^\s+(?:echo|CT|CTA|MRI|MR|US|XR|CXR|x-?ray|scan|films?|labs?|visit|appt|surgery|biopsy)\b/i.test(text.slice(end, end + 10));
      if (SHORT_DATE_CUE.test(text.slice(Math.max(0, m.index - 20), m.index)) || TIME_AFTER.test(text.slice(end, end + 12)) || studyAfter) add(m.index, end, true);
    }
    // A weekday tied to care is a date, "last Thursday" included (it is also a time hint).
    for (const m of [...matchAll(text, WEEKDAY_WORD), ...matchAll(text, SHORT_WEEKDAY)]) {
      if (/\b(?:a|one|any|every|each)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      if (/\b(?:I['’]m |I am |I['’]ll be |I will be )?back\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue; // "Back Monday": the author's return
      if (ANSWER_DAY.test(text.slice(Math.max(0, m.index - 32), m.index))) continue; // "Answer Friday": when a teaching post's answer comes
      const prefix = /^(?:on|since|by|til|until|came in|seen|admitted|discharged|dc['’]?d \w+|home|back|in)\s+/i.exec(m[0]);
      const start = m.index + (prefix && !/^(?:last|this)\s/i.test(m[0]) ? prefix[0].length : 0);
      add(start, m.index + m[0].replace(/\.$/, '').length, true);
    }
    for (const m of [...matchAll(text, MONTH_ALONE), ...matchAll(text, ORDINAL_DAY)]) {
      const start = m.index + (/^(?:in|since|during|through|until|on)\s/i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0);
      add(start, m.index + m[0].length, true);
    }
    // A life's years after a name: "little theo marsh, 2017–2025".
    for (const m of matchAll(text, LIFESPAN)) add(m.index, m.index + m[0].length, true);
    for (const m of matchAll(text, HOLIDAY)) {
      if (/\b(?:happy|merry|blessed|joyous|wishing|wish you an?|from all of us)\s*(?:a\s+)?$/i.test(clauseBefore(text, m.index, 20))) continue;
      if (/^\s*(?:mubarak|greetings|wishes|begins|starts|is (?:here|coming))\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      const start = m.index + (/^on\s/i.test(m[0]) ? 3 : 0);
      // A holiday is a date of care only in a sentence that names the case; around the job it is the team's.
      add(start, m.index + m[0].length, 'named');
    }
    return dropOverlaps(found);
  },
});
