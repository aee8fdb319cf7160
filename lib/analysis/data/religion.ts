import type { LexiconEntry } from './lexicon';

const GUIDANCE = 'guidance.md prof.religion: "Leave out religion" (prayers, blessings, faith claims)';

/** Words that are religious on their own. */
export const RELIGION_STRONG: LexiconEntry[] = [
  { pattern: String.raw`pray(?:s|ed|ing|er|ers)?|#?pray(?:for|4)\w*|#prayerwarriors?`, note: 'Prayer and prayer requests.', source: GUIDANCE },
  { pattern: String.raw`God(?:['’]s)?|Jesus|Christ|Lord|Allah|Yahweh|Holy Spirit`, note: 'God and deities, capitalised (not "god-tier").', source: GUIDANCE },
  { pattern: String.raw`amen|hallelujah|praise (?:God|the Lord|Jesus)|inshallah|mashallah|God willing|bible|scripture|church|#?christian\w*|#?faith(?:ful)?|✝|☦|☪|🕉`, note: 'Faith words and symbols.', source: GUIDANCE },
];

/** Words that are religious only with another faith word beside them. */
export const RELIGION_WEAK: LexiconEntry[] = [
  { pattern: String.raw`#?blessed|blessings?|miracle|angels?|🙏🏽|🙏🏻|🙏🏾|🙏🏿|🙏🏼|🙏`, note: '🙏, "blessed" and "miracle" also mean thanks or luck; they count only with prayer or faith language.', source: 'corpus/README.md: "🙏 counts toward prof.religion only together with prayer or faith language"' },
];
