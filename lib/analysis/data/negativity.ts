import type { LexiconEntry } from './lexicon';

const GUIDANCE = 'guidance.md prof.negativity: "Avoid drama and controversy ... don\'t air grievances about your workplace or mock colleagues or patients"';

/** Who drama is aimed at: colleagues, other specialties, institutions, patients, the public. */
export const NEGATIVITY_TARGETS: LexiconEntry[] = [
  { pattern: String.raw`surgeons?|(?:ER|ED|EM) (?:docs?|doctors?|physicians?)|the ED doc|ortho(?:pods?|pedics?|_\w+)?|admin(?:s|istrators?|istration)?|leadership|management|insurers?|insurance compan(?:y|ies)|chiropractors?|dermatologists?|doctors?|docs|referrers?|referring \w+|clinicians|consultants|nurses|techs|residents|radiologists|hospitals?`, note: 'Colleagues, specialties and institutions.', source: GUIDANCE },
  { pattern: String.raw`some people|people who|everyone who|you voted|your doctor|they|@\w+|the (?:indication|consult(?: question)?|requisition|order)|this indication|consult question`, note: 'People addressed or pointed at, and the referring clinician behind a quoted order.', source: GUIDANCE },
];

/** Words and marks of drama: attacks, grievances, mockery. */
export const DRAMA: LexiconEntry[] = [
  { pattern: String.raw`ruin\w*|destroy\w*|incompeten\w*|clueless|lazy|idiots?|stupid|dumb|ridiculous|pathetic|useless|moron\w*|rant|worst|disgrace\w*|garbage|joke`, note: 'Attacking words.', source: GUIDANCE },
  { pattern: String.raw`do better|shouldn['’]t be allowed|make it make sense|miss(?:es|ed)? stuff|just want the \w+ money|go ask \w+|wrong channel|read the actual report|don['’]t complain|missed this obvious|brutal honesty|won['’]t tell you|can['’]t even|that['’]s the whole history|that['’]s it\.|sh\*t ?show|shitshow|wtf`, note: 'Grievance and mockery phrases.', source: GUIDANCE },
  { pattern: String.raw`🤡|🙄|😤|💀|🖕|😒|🤦(?:♀|♂)?`, note: 'Mocking and exasperated emoji.', source: GUIDANCE },
];

export const LAUGHTER = String.raw`😂|🤣|\blol\b|\blmao\b|\bhaha\w*`;
/** A patient's body or mishap as the punchline. */
export const PATIENT_MISHAP = String.raw`swallowed|stuck|lodged|inserted|sized|fat|obese|huge|whale|foreign body|big-?bore`;
