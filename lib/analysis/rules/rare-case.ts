import { RARE_DIAGNOSES } from '../data/rare-diagnoses';
import { cueRegExp } from '../data/case-cues';
import { mentionsCase } from '../subject';
import { defineRule } from '../types';

/** How people announce a zebra. */
const RARE = /\b(?:zebra|rarest|(?:very |super |extremely )?rare (?:case|one|find|disease|diagnosis|entity|tumou?r)|rare case|first(?:[- ]ever)?\s+(?:[\w-]+\s+){0,3}(?:case|one)\b(?:\s+(?:of my career|I['’]ve seen|we['’]ve seen|in \w+ years))?|(?:was|is) a first\b(?!-)|first\s+[\w-]+(?:\s+[\w-]+)?\s+(?:disease|syndrome)|once[- ]in[- ]a[- ](?:career|lifetime|decade)|never seen (?:one|this|another)|haven['’]t seen (?:one|this|another)|in a decade|one in a million|only (?:one|case) in the (?:state|country|region|city)|case of my career|(?:first|second|2nd|third|3rd)(?:[- ]ever)?\s+(?:[\w-]+\s+){0,4}?(?:here|ever|of my career|(?:I|we|our \w+)(?:['’]ve| have)? (?:seen|had)|in (?:\d+|\w+) (?:yrs?|years|decades?))|only the (?:second|third|2nd|3rd) [\w-]+|a first for (?:our|the|my)|(?:first|my first|our first)(?:[- ]ever| real| true)? [\w-]+(?: [\w-]+)? (?:disease|syndrome|of my career)|never seen it outside (?:a|the) textbook|never thought I(?:['’]d| would) see|(?:1|one) in [\d,]{5,}|one of ~?[\d,]+ (?:people|patients|cases)(?: worldwide| in the world)?|(?:never|won['’]t|will never) see (?:(?:this|one|it|that) )?again|first (?:real|true) [\w-]+|first [\w-]+(?: [\w-]+)? (?:our|my|the) \w+ (?:has|have)(?: ever)? (?:seen|had)|locally acquired|(?:biggest|largest|worst|strangest|weirdest|rarest|craziest) [\w-]+(?: [\w-]+)? (?:of my career|I['’]ve (?:ever )?(?:seen|removed|had)|in \d+ years))\b|#(?:rare(?:case|disease)|zebra)\b|🦓/gi;
/** A rare diagnosis named in a real case. */
const RARE_DIAGNOSIS = cueRegExp(RARE_DIAGNOSES);
/** Hints of where or when that rules may not flag: "our hospital", "this year", "in the state". */
const SETTING = /\b(?:our|my) (?:hospital|ED|ER|department|clinic|practice|center|unit|institution|children['’]s hospital)\b|\bthis year\b|\bin the state\b/i;

export default defineRule({
  id: 'rare-case',
  category: 'phi.rare_case',
  severity: 'error',
  title: 'Rare case with a time or place',
  note: 'Rare "zebra" cases, maybe one a year, are easy to tie to a person, above all with a time or place. Drop the time and place, and consider asking the patient.',
  scope: 'document',
  check({ text, context }, earlier) {
    const hints = earlier.filter((m) => m.category === 'phi.time_hint' || m.category === 'phi.date' || m.category === 'phi.geo');
    if (hints.length === 0 && !SETTING.test(text) && !context.assumePatient) return [];
    RARE.lastIndex = 0;
    let first: { index: number; 0: string } | null = RARE.exec(text);
    if (!first && (context.assumePatient || mentionsCase(text, text))) first = RARE_DIAGNOSIS.exec(text);
    if (!first) return [];
    const hint = hints[0] ? `"${text.slice(hints[0].start, hints[0].end)}"` : 'where it was seen';
    return [
      {
        start: first.index,
        end: first.index + first[0].length,
        message: `A rare case ("${first[0]}") together with ${hint} is easy to tie to one patient.`,
        suggestions: [],
      },
    ];
  },
});
