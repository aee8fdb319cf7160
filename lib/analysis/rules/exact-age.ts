import { ageBand, ageInYears, withArticle, type AgeUnit } from '../age-bands';
import { NUMBER_WORDS, parseNumber } from '../numbers';
import { clauseBefore, dropOverlaps, matchAll, matchCase, nextWord, previousWord, removalRange } from '../text';
import { defineRule, type RuleMatch, type Suggestion } from '../types';

const NUM = `(\\d{1,3}|${NUMBER_WORDS})`;
const NOT_AFTER_NUMBER = '(?<![\\d.,$€£¥#/])';

/** How the age sits in the sentence decides which band wording fits. */
type Form = 'compound' | 'noun' | 'remove';

interface AgeMatcher {
  pattern: RegExp;
  form: Form;
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
  // 68M, 45F (age-sex codes)
  { pattern: new RegExp(`${NOT_AFTER_NUMBER}\\b(\\d{1,3})([MF])(?![\\w/'’])`, 'g'), form: 'noun', value: 1 },
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

const OVER_89 = /\b(?:in\s+(?:his|her|their|the)\s+(?:(?:9\d|1\d\d)['’]?s|nineties)|(?:super)?centenarian|nonagenarian)\b(?!s)/gi;

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

const GROUP_BEFORE = /\b(?:over|under|above|below|older than|younger than|aged over|ages|age group|between|peak age|mean age|median age|average age|bone age|gestational age|skeletal age|by age|at age|from age|until age)\s*$/i;
const AUTHOR_BEFORE = /\b(?:I['’]m|I am|I was|as|me,?)\s+an?\s*$|\bmy\s*$/i;

function isAboutPatient(text: string, start: number, end: number, form: Form): boolean {
  const before = clauseBefore(text, start, 40);
  if (AUTHOR_BEFORE.test(before) || GROUP_BEFORE.test(before)) return false;
  if (/\d\s?(?:[-–—]|to)\s?$/.test(before)) return false; // a range: "ages 3–4"
  if (form === 'remove' && /birthday/i.test(text.slice(start, end)) && previousWord(text, start) === 'my') return false;
  return !NOT_A_PATIENT_AFTER.has(nextWord(text, end));
}

const FUNCTION_WORDS = new Set(['with', 'who', 'is', 'was', 'has', 'had', 'presented', 'presents', 'presenting',
  'came', 'in', 'on', 'at', 'after', 'from', 'for', 'to', 'that', 'whose', 'but', 'here', 'today', 'now']);

function suggestionsFor(text: string, start: number, end: number, form: Form, years: number): Suggestion[] {
  const removal = removalRange(text, start, end);
  const remove: Suggestion = { label: 'Remove the age', text: '', ...removal };
  if (form === 'remove') return [remove];
  const band = ageBand(years);
  const following = nextWord(text, end);
  const attributive = form === 'compound' && /^-?[a-z]/i.test(text.slice(end, end + 2).trim()) && following !== '' && !FUNCTION_WORDS.has(following);
  const article = /\b(an?)\s+$/i.exec(text.slice(Math.max(0, start - 4), start));
  if (attributive || article) {
    const phrase = attributive ? band.adjective : band.noun.replace(/^an? /, '');
    const from = article ? start - article[0].length : start;
    const replacement = matchCase(text, from, article ? withArticle(phrase) : phrase);
    return [{ label: `Replace with "${replacement}"`, start: from, end, text: replacement }, remove];
  }
  const replacement = matchCase(text, start, band.noun);
  return [{ label: `Replace with "${replacement}"`, start, end, text: replacement }, remove];
}

function message(actual: string, years: number): string {
  return years > 89
    ? `"${actual}" gives an age over 89, which HIPAA lists as an identifier on its own.`
    : `"${actual}" gives the patient's exact age.`;
}

export default defineRule({
  id: 'exact-age',
  category: 'phi.age',
  severity: 'error',
  title: 'Exact age of a patient',
  note: 'Avoid anything that reveals age: say toddler, youth, middle age or elderly instead. Ages over 89 are a HIPAA identifier outright.',
  check({ text }) {
    const found: RuleMatch[] = [];
    for (const matcher of MATCHERS) {
      for (const m of matchAll(text, matcher.pattern)) {
        const raw = m[matcher.value]!;
        const value = ORDINAL_WORDS[raw.toLowerCase()] ?? parseNumber(raw.replace(/(?:st|nd|rd|th)$/i, ''));
        const unit = matcher.unit?.(m) ?? 'year';
        if (!Number.isFinite(value) || value < 1 || (unit === 'year' && value > 120)) continue;
        let start = m.index;
        const end = m.index + m[0].length;
        // "She's 17": flag the number, not the pronoun
        if (matcher.form === 'noun' && /^(?:pt|patient|he|she)/i.test(m[0])) start = end - raw.length;
        if (!isAboutPatient(text, start, end, matcher.form)) continue;
        const years = ageInYears(value, unit);
        const actual = text.slice(start, end);
        found.push({ start, end, message: message(actual, years), suggestions: suggestionsFor(text, start, end, matcher.form, years) });
      }
    }
    for (const m of matchAll(text, OVER_89)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isAboutPatient(text, start, end, 'remove')) continue;
      const removal = removalRange(text, start, end);
      found.push({ start, end, message: message(m[0], 90), suggestions: [{ label: 'Remove the age', text: '', ...removal }] });
    }
    return dropOverlaps(found);
  },
});
