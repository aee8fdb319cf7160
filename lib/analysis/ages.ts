/** Finding a patient's exact age in the shorthands clinicians use. */
import { aboutFamilyNotPatient, declaresNoRealPatient, repliesAboutReader, sentenceOf } from './subject';
import { ageInYears, type AgeUnit } from './age-bands';
import { NUMBER_WORDS, parseNumber } from './numbers';
import { clauseBefore, dropOverlaps, matchAll, nextWord, previousWord } from './text';

const NUM = `(\\d{1,3}|${NUMBER_WORDS})`;
const NOT_AFTER_NUMBER = '(?<![\\d.,$€£¥#/])';

/** How the age sits in the sentence decides which band wording fits. */
export type AgeForm = 'compound' | 'noun' | 'remove';

interface AgeMatcher {
  pattern: RegExp;
  form: AgeForm;
  /** Group holding the number. */
  value: number;
  unit?: (m: RegExpExecArray) => AgeUnit;
}

const unitOf = (word: string): AgeUnit => {
  const w = word.toLowerCase();
  if (w.startsWith('mo')) return 'month';
  if (w.startsWith('w')) return 'week';
  if (w.startsWith('d')) return 'day';
  return 'year';
};

const MATCHERS: AgeMatcher[] = [
  // 45-year-old, 4 years old, 2-Week-Old, ninety-two-year-old
  {
    pattern: new RegExp(
      `${NOT_AFTER_NUMBER}\\b${NUM}[- ]?(years?|yrs?|months?|mos?|weeks?|wks?|days?)[- ]old\\b(?!-?s\\b)`,
      'gi',
    ),
    form: 'compound',
    value: 1,
    unit: (m) => unitOf(m[2]!),
  },
  // 45 y/o, 94yo, 40-yo, 2-yo F, 23 y.o.
  {
    pattern: new RegExp(
      `${NOT_AFTER_NUMBER}\\b(\\d{1,3}) ?-?(?:[yY]\\/[oO]|[yY]\\.[oO]\\.?|[yY][oO][aA]?|[yY]rs?\\.? old)(?![A-Za-z])(?: ?[MF]\\b)?`,
      'g',
    ),
    form: 'noun',
    value: 1,
  },
  // 68M, 45F (age-sex codes); typed in lower case in a quick reply: "64m,", "71f"
  { pattern: new RegExp(`${NOT_AFTER_NUMBER}\\b(\\d{1,3})([MF])(?![\\w/'’])`, 'g'), form: 'noun', value: 1 },
  { pattern: new RegExp(`${NOT_AFTER_NUMBER}\\b(\\d{1,3})([mf])(?=[,;:)]|\\s+(?:from|with|w\\/|in|on|pt|patient|came|presenting|presented|s\\/p|hx|pmh|bilateral|,|\\?))`, 'g'), form: 'noun', value: 1 },
  // "(M, 19)", "M, 19": sex then age
  { pattern: /(?<=[\s(,;:]|^)([MF]),\s?(\d{1,3})(?=\s*[),;]|\s+(?:trapped|from|with|in)\b)/g, form: 'noun', value: 2 },
  // French: "62 ans", "44 ans"
  { pattern: new RegExp(`${NOT_AFTER_NUMBER}\\b(\\d{1,3})\\s?ans\\b`, 'g'), form: 'remove', value: 1 },
  // UK months for infants: "7/12 M", "a 9/12 old"
  { pattern: /(?<![\d/])\b(\d{1,2})\/12(?=\s?(?:[MF]\b|old\b|-?yo\b))/g, form: 'remove', value: 1, unit: () => 'month' },
  // F/45, M/14, F 72
  { pattern: /(?<![\w/])([MF]) ?\/ ?(\d{1,3})\b(?![.,]?\d)/g, form: 'noun', value: 2 },
  { pattern: /(?<=^|[\s(,;:])([MF]) (\d{2,3})\b(?![.,]?\d|\s?(?:%|mm|cm|kg|mg|ml|kVp|mGy|HU)\b)/g, form: 'noun', value: 2 },
  // aged 45, age: 45
  { pattern: new RegExp(`\\b(aged?:?|age\\s*:)\\s+${NUM}\\b(?!\\s?(?:[-–—+]|to\\s|and\\s(?:up|older|over)|or\\s(?:older|more|over)))`, 'gi'), form: 'remove', value: 2 },
  // She's 17, pt is 61, he was 45
  {
    pattern: new RegExp(
      `\\b(?:pt|patient|he|she)(?:'s|’s|\\s+is|\\s+was)\\s+(?:only\\s+|just\\s+|now\\s+|barely\\s+)?${NUM}(?=\\s*(?:[,.;!?)]|$)|\\s+(?:and|but|now|today|with)\\b)`,
      'gi',
    ),
    form: 'noun',
    value: 1,
  },
  // After a name: "Mr. Brandt, 66, admitted", "R.T., 57, back", "Ollie Haskins, seventy-two and sharp"
  {
    pattern: new RegExp(
      `(?<=(?:\\b[A-Z][a-z'’]+|\\b[A-Z]\\.(?:[A-Z]\\.)*|\\b(?:mr|mrs|ms)\\.\\s[a-z]+|\\b(?:lola|lolo|gogo|oupa|ouma|nan|nana|granny|gran|grandma|grandpa|mzee|bloke|fella|lad)),\\s)${NUM}(?=\\s*[,;)]|\\s+(?:and|who|with|from|in|at|on|presented|came|comes|was|is|back|admitted)\\b)`,
      'g',
    ),
    form: 'remove',
    value: 1,
  },
  // An age opening a sentence about someone: "64, retired school bus driver", "87, sharp as a tack"
  {
    pattern: /(?<=^|[.!?]\s{1,3}|\n\s{0,3})(\d{2,3})(?=,\s+(?:retired|former|ex-|an?\s|no\s|lives|living|sharp|fit|previously|otherwise|widowed|recently|smoker|non-?smoker|diabetic|still|never|pregnant|farmer|teacher|driver|builder|miner|fisherman|truckie|mum|mom|dad|father|mother|grandmother|grandfather)\b)/g,
    form: 'remove',
    value: 1,
  },
  // After a name in brackets: "Harper (5)", "Grandma Rosalind (81!)"
  { pattern: /(?<=\b\p{Lu}[\p{Ll}'’]+\s?\()(\d{1,3})(?=!?\)|,\s*(?:from|of)\b)/gu, form: 'remove', value: 1 },
  // Decades: "in his 70s", "in her early 50s", "40s F"
  { pattern: /\bin\s+(?:his|her|their)\s+(?:early\s+|mid[- ]?|late\s+)?([1-8]0)['’]?s\b/gi, form: 'remove', value: 1 },
  { pattern: /(?<![\w-])([1-8]0)['’]?s\s?[MFmf]\b(?=[,;:)]|\s|$)/g, form: 'noun', value: 1 },
  // Babies: "5 mo", "day 114 of life", "DOL 3", "26-weeker", "born at 26 weeks"
  { pattern: /(?<![\d.,$])\b(\d{1,2})\s?mos?\b(?!\s*(?:f\/u|follow|later|ago|after|post|out|of\b))/g, form: 'remove', value: 1, unit: () => 'month' },
  { pattern: /\bday\s+(\d{1,3})\s+of\s+life\b/g, form: 'remove', value: 1, unit: () => 'day' },
  { pattern: /\bDOL\s?#?(\d{1,3})\b/g, form: 'remove', value: 1, unit: () => 'day' },
  { pattern: /\b(\d{2})-weekers?\b/gi, form: 'remove', value: 1, unit: () => 'week' },
  { pattern: /\bborn\s+at\s+(\d{2})\s+weeks\b/gi, form: 'remove', value: 1, unit: () => 'week' },
  // "turned 1 today", "at 81 she walked"
  {
    // The lookbehind is bounded: an unbounded one would be re-read from every position of a long run of spaces.
    pattern: new RegExp(`(?<=\\b(?:he|she|they|[A-Z][a-z]+|warrior|baby|kiddo|one|girl|boy|pt|patient|who)[ \\t]{1,3}(?:just[ \\t]{1,3})?)(?:turned|turns)\\s+${NUM}\\b(?!\\s*(?:%|degrees|years? ago))`, 'g'),
    form: 'remove',
    value: 1,
  },
  { pattern: /\b[Aa]t\s+(\d{2,3})(?=,?\s+(?:s?he|they)\b)/g, form: 'remove', value: 1 },
  // 1st birthday, ninetieth birthday
  {
    pattern: /\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|sixteenth|eighteenth|twenty-first|ninetieth|hundredth)\s+birthday\b/gi,
    form: 'remove',
    value: 1,
  },
];

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, sixteenth: 16, eighteenth: 18, 'twenty-first': 21, ninetieth: 90, hundredth: 100,
};

const OVER_89 = /\b(?:in\s+(?:his|her|their)\s+(?:(?:9\d|1\d\d)['’]?s|nineties)|(?:super)?centenarian|nonagenarian)\b(?!s)/gi;

/** Words after "N-year-old" or "68M" that mean a count, a device or a group, not a patient's age. */
const NOT_A_PATIENT_AFTER = new Set([
  // groups: "45-year-old women" is a population
  'women', 'men', 'patients', 'adults', 'children', 'kids', 'people', 'males', 'females', 'boys', 'girls',
  'infants', 'babies', 'smokers', 'athletes', 'individuals', 'persons', 'subjects', 'cohort', 'population',
  // amounts: "$68M budget", "10M views"
  'views', 'followers', 'subscribers', 'downloads', 'users', 'dollars', 'budget', 'funding', 'grant', 'raised',
  'deal', 'contract', 'settlement', 'revenue', 'impressions', 'likes', 'members',
  // French sizes in IR: "5F sheath"
  'catheter', 'catheters', 'sheath', 'sheaths', 'guide', 'introducer', 'dilator', 'drain', 'tube', 'pigtail',
  'microcatheter', 'cobra', 'glidecath', 'kumpe', 'vertebral', 'davis', 'simmons', 'sos', 'french',
]);

const GROUP_BEFORE = /\b(?:over|under|above|below|older than|younger than|aged over|ages|age group|between|peak age|mean age|median age|average age|bone age|gestational age|skeletal age|by age|at age|from age|until age|every|each|any|most|all|no)\s*$/i;
/** "Peak age 6 months": the match starts at "age". */
const GROUP_BEFORE_AGE = /\b(?:peak|mean|median|average|typical|usual|bone|gestational|skeletal)\s*$/i;
const AUTHOR_BEFORE = /\b(?:I['’]m|I am|I was|as|me,?|pov:?\s+you['’]?re|pov:?\s+you are)\s+an?\s*$/i;
/** "41-year-old me would tell…" */
const AUTHOR_AFTER = /^\s*(?:me|myself)\b/i;
/** "my 5-year-old son" is the author's family; "my 45 y/o patient" is a patient. */
const AUTHOR_FAMILY_AFTER = /^\s*(?:son|daughter|kid|kids|child|self|twins?|nephew|niece|brother|sister|boy|girl|toddler|baby)\b/i;

function isAboutPatient(text: string, start: number, end: number, form: AgeForm, noPatientInDraft: boolean): boolean {
  // noPatientInDraft is the whole draft's judgement (false with "assume patient context"); a declared vignette counts here too.
  if (noPatientInDraft || declaresNoRealPatient(text) || repliesAboutReader(text) || aboutFamilyNotPatient(sentenceOf(text, start, end))) return false;
  const before = clauseBefore(text, start, 40);
  if (AUTHOR_BEFORE.test(before) || GROUP_BEFORE.test(before) || AUTHOR_AFTER.test(text.slice(end, end + 10))) return false;
  if (/^age\b/i.test(text.slice(start, end)) && GROUP_BEFORE_AGE.test(before)) return false;
  // "my 5-year-old son", "my 4yo asked": the author's family; "my 45 y/o patient" is a patient.
  if (/\bmy\s*$/i.test(before) && (AUTHOR_FAMILY_AFTER.test(text.slice(end, end + 20)) || !/^\s*(?:pt|patient|case)\b/i.test(text.slice(end, end + 12)))) return false;
  if (/\d\s?(?:[-–—]|to)\s?$/.test(before)) return false; // a range: "ages 3–4"
  if (/^\s?[-–—]\s?\d/.test(text.slice(end, end + 4))) return false; // the start of a range: "kids 6mo–5y"
  if (form === 'remove' && /birthday/i.test(text.slice(start, end)) && previousWord(text, start) === 'my') return false;
  return !NOT_A_PATIENT_AFTER.has(nextWord(text, end));
}

export interface AgeMatch {
  start: number;
  end: number;
  years: number;
  form: AgeForm;
  /** The match is an age-sex code ("68M", "F/45", "2-yo F") and so also gives the patient's sex. */
  sexCode: boolean;
}

/** Every exact age of a patient in `text`, skipping the author's, populations' and amounts. */
export function findAges(text: string, noPatientInDraft: boolean): AgeMatch[] {
  const found: AgeMatch[] = [];
  for (const matcher of MATCHERS) {
    for (const m of matchAll(text, matcher.pattern)) {
      const raw = m[matcher.value]!;
      const value = ORDINAL_WORDS[raw.toLowerCase()] ?? parseNumber(raw.replace(/(?:st|nd|rd|th)$/i, ''));
      const unit = matcher.unit?.(m) ?? 'year';
      if (!Number.isFinite(value) || value < 1 || (unit === 'year' && value > 120)) continue;
      let start = m.index;
      const end = m.index + m[0].length;
      // "She's 17": the number, not the pronoun
      if (matcher.form === 'noun' && /^(?:pt|patient|he|she)/i.test(m[0])) start = end - raw.length;
      if (!isAboutPatient(text, start, end, matcher.form, noPatientInDraft)) continue;
      const sexCode = /(?:^[MF]\b|\d ?[MFmf]$|[^A-Za-z][MFmf]$)/.test(text.slice(start, end)) && !/^(?:pt|patient|he|she)/i.test(m[0]);
      found.push({ start, end, years: ageInYears(value, unit), form: matcher.form, sexCode });
    }
  }
  for (const m of matchAll(text, OVER_89)) {
    if (isAboutPatient(text, m.index, m.index + m[0].length, 'remove', noPatientInDraft)) {
      found.push({ start: m.index, end: m.index + m[0].length, years: 90, form: 'remove', sexCode: false });
    }
  }
  return dropOverlaps(found);
}
