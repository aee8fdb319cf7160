import type { LexiconEntry } from './lexicon';

const ANCHORS = 'style-anchors.md B3 (LanguageTool RUDE_SARCASTIC markers); guidance.md prof.sarcasm';

/** Markers people use online for irony. Each is enough on its own. */
export const SARCASM_MARKERS: LexiconEntry[] = [
  { pattern: String.raw`/s|🙃|🤡|🙄`, note: 'The sarcasm tag and the upside-down, clown and eye-roll emoji.', source: ANCHORS },
  { pattern: String.raw`love this for me|cool cool cool|make it make sense|just a thought|truly inspired|said no one ever|what could (?:possibly )?go wrong|yeah,? right|great,? just great|thanks a lot(?! for)|oh (?:good|great|joy)|just what I needed|living the dream|my favou?rite thing|because that['’]s what I need|sure,? Jan`, note: 'Stock ironic phrases.', source: ANCHORS },
  { pattern: String.raw`said no (?:\w+ ){0,2}ever|very cool,? very normal|great planning|truly visionary|(?:truly|so) humbled by your|absolutely crushing it|\(lying\)|everything['’]s fine|thanks for caring so much|incredible work,? \w+|we are now very aware|what a time to be alive|who needs (?:a |an )?[\w -]{0,40} anyway|priorities straight|great priorities|\w+ is my passion|exactly as \w+ as (?:the brochure|advertised|promised)|riveting|peak use of|such a great use of|thrilled to spend|(?:absolutely )?thriving\.? (?:absolutely )?thriving|must be some very|\w+ money well spent|groundbreaking stuff|what a brave take|truly the heroes|thanks for keeping us humble|basically free cardio|yes,? (?:karen|brenda)\.|we have eyes|can['’]t wait to do it again`, note: 'Mock praise and feigned contentment that only read one way.', source: ANCHORS },
  { pattern: String.raw`shocked,? shocked|no\? just me\?|the glamou?r of|another glamorous|(?:^|\n)\s*ah yes,|oh absolutely,? let me|let me just summari[sz]e|what a gift|(?:be )?getting that framed|morale remains|very relaxing,? would recommend|#\w*(?:AtItsFinest|AtItsBest)\b|genuinely asking|asking for a friend|aged (?:approximately |about |roughly |at least )?\d+ years (?:this|today|waiting)`, note: 'Feigned surprise ("shocked, SHOCKED", "No? Just me?") mock agreement ("ah yes,", "oh absolutely, let me just…"), mock treasure ("getting that framed", "what a gift"), ironic hashtags ("#EfficiencyAtItsFinest"), "genuinely asking" after a rhetorical question, hyperbole ("aged 300 years this week") and mock glamour. "Who could have predicted" and "who needs X when you can Y" are sincere as often, and left to the tone model.', source: ANCHORS },
  { pattern: String.raw`(?:but )?sure,? "[^"]{3,60}"|I mean\.\.\.|💀 at|"[^"]{3,40}" my (?:a\*\*|ass|a\$\$|foot)`, note: 'Scare-quoted requests, "I mean...", "💀 at" mocking a message, and "\'medically unnecessary\' my a**".', source: ANCHORS },
];

/** Praise that turns ironic next to a complaint ("Love getting paged at 3am. Truly the best."). */
export const IRONIC_PRAISE = String.raw`(?:I )?love (?:that|getting|it when|how|when)|inspiring|great system|very safe|thanks for the feedback|thanks,? admin|bravo,? \w+|wonderful,? shall I|nothing like|truly the best|best part of my (?:day|night|shift)|so glad|happy to help|totally|just love|what a (?:great|fun) (?:way|time)`;
export const COMPLAINT_CUES = String.raw`denied|denial|denying|died in committee|budget|(?:two|three|four|five|six|ten|twelve) (?:hours|hrs) later|prior auths?|insurer|cut|voted|productivity|efficiency|r/o everything|never received|can['’]t locate|on hold|faxed?|(?<!\d)\d+ (?:hours|hrs|min)\b|paged|page|3 ?am|4 ?am|2 ?am|0300|0400|overnight|pending|worklist|short[- ]staffed|short \d|deep|again|on call|call|weekend|admin|rebrand|indication|r/o|(?<!\d)\d+ studies|backlog|queue|no history`;

/** Someone's words in quotation marks: with a smile at the end and someone named, the smile is a smirk ("the \"stable\" transfer … Love, the ICU 🙂"). */
export const SCARE_QUOTES = String.raw`"[^"\n]{2,40}"|“[^”\n]{2,40}”|(?<![\w'’])'[^'\n]{2,30}'(?![\w'’])`;

/** A smile right after a complaint ("There is no above. 🙂") or after quoting someone (see SCARE_QUOTES). Applause and a contented face are praise as often. */
export const SMILE_AFTER_COMPLAINT = String.raw`🙂`;

/** A sentence of praise and nothing else ("Wonderful.", "Legends.", "Nailed it.", "Such detail.", "Cheers, day team."). */
export const SHORT_PRAISE = String.raw`(?:(?:so|very|truly|really|absolutely|just|such|what|a)\s+){0,2}(?:wonderful|bold|visionary|(?:\w+ )?masterpiece|delighted(?: altogether)?|legends?|nailed it|(?:a )?natural|thoughtful|inspiring(?: stuff)?|genius(?: \w+)?|brilliant|fantastic|marvell?ous|lovely|perfect|iconic|stellar|great stuff|top work|such detail|helpful|amazing|incredible|superb|excellent|outstanding|efficient|grand so|bless|love (?:it|that|this)|cheers,? [\w ]{1,20})`;
