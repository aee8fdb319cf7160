import type { LexiconEntry } from './lexicon';

const CUSS = 'cuss 2.2.0 (MIT), entries rated 2 (surest) only';

/** Swear words and their masked spellings. Clinical and anatomical words are never here. */
export const PROFANITY: LexiconEntry[] = [
  { pattern: String.raw`f+u+c+k+(?:ing|in['’]?|ed|er|ers|s|up)?|f\*+(?:ck|k)?(?:ing|in['’]?|ed|er)?|f[*@#]ck(?:ing|in['’]?|ed|er)?|fck(?:ing|in)?|fuk(?:ing|in)?|effing|motherf\w*`, note: 'The f-word and its masked forms ("f***", "f*cking").', source: CUSS },
  { pattern: String.raw`(?:bull)?sh[i!1*]t(?:ty|s|show)?|s\*+t|\$h[i!1]t|sh\*+`, note: 'The s-word and its masked forms ("sh*t", "sh!t").', source: CUSS },
  { pattern: String.raw`(?:god)?damn(?:ed|it)?|d\*mn|dammit`, note: '"Damn", mild but not business-card language.', source: 'corpus/README.md prof.profanity ("damn")' },
  { pattern: String.raw`wtf|stfu|omfg|fml|ffs`, note: 'Abbreviations of swearing.', source: 'corpus/README.md prof.profanity ("WTF")' },
  { pattern: String.raw`ass(?:hole|holes|hat)|dumbass|jackass|badass|a\$\$(?:hole)?|a\*\*hole`, note: 'Insults built on "ass" (never "mass", "assess" or "pass": tokens are whole).', source: CUSS },
  { pattern: String.raw`bitch(?:es|ing|y)?|b\*tch\w*|bastards?|piss(?:ed|ing)?|crap(?:py)?|douche\w*|prick`, note: 'Other swearing and insults.', source: CUSS },
];

/** Clinical and anatomical words that word lists rate as profane; never flagged. Proven by fixtures. */
export const CLINICAL_ALLOW_LIST: string[] = [
  'penis', 'rectum', 'anus', 'vagina', 'HIV', 'suicide', 'abortion', 'cancer', 'stroke', 'death', 'dead', 'die', 'sex',
  'breast', 'urine', 'feces', 'stool', 'semen', 'testicle', 'scrotum', 'cocaine', 'heroin', 'drug', 'addict', 'period',
  'nipple', 'buttock', 'gluteal', 'anal', 'pubic', 'erection', 'ejaculation', 'masturbation', 'Cumming',
];
