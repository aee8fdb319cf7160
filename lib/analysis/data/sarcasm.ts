import type { LexiconEntry } from './lexicon';

const ANCHORS = 'style-anchors.md B3 (LanguageTool RUDE_SARCASTIC markers); guidance.md prof.sarcasm';

/** Markers people use online for irony. Each is enough on its own. */
export const SARCASM_MARKERS: LexiconEntry[] = [
  { pattern: String.raw`/s|🙃|🤡`, note: 'The sarcasm tag and the upside-down and clown emoji.', source: ANCHORS },
  { pattern: String.raw`love this for me|cool cool cool|make it make sense|just a thought|truly inspired|said no one ever|what could (?:possibly )?go wrong|yeah,? right|great,? just great|thanks a lot(?! for)|oh (?:good|great|joy)|just what I needed|living the dream|my favou?rite thing|because that['’]s what I need|sure,? Jan`, note: 'Stock ironic phrases.', source: ANCHORS },
  { pattern: String.raw`(?:but )?sure,? "[^"]{3,60}"|I mean\.\.\.|💀 at`, note: 'Scare-quoted requests, "I mean..." and "💀 at" mocking a message.', source: ANCHORS },
];

/** Praise that turns ironic next to a complaint ("Love getting paged at 3am. Truly the best."). */
export const IRONIC_PRAISE = String.raw`(?:I )?love (?:that|getting|it when|how|when)|nothing like|truly the best|best part of my (?:day|night|shift)|so glad|happy to help|totally|just love|what a (?:great|fun) (?:way|time)`;
export const COMPLAINT_CUES = String.raw`paged|page|3 ?am|4 ?am|2 ?am|0300|0400|overnight|pending|worklist|short[- ]staffed|short \d|deep|again|on call|call|weekend|admin|rebrand|indication|r/o|\d+ studies|backlog|queue|no history`;
