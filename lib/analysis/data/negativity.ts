import type { LexiconEntry } from './lexicon';

const GUIDANCE = 'guidance.md prof.negativity: "Avoid drama and controversy ... don\'t air grievances about your workplace or mock colleagues or patients"';

/** Who drama is aimed at: colleagues, other specialties, institutions, the public (patients: PATIENT_TARGETS). */
export const NEGATIVITY_TARGETS: LexiconEntry[] = [
  { pattern: String.raw`anti-?vaxx?ers|anti-?vax crowd|surgeons?|(?:ER|ED|EM) (?:docs?|doctors?|physicians?)|the ED doc|ortho(?:pods?|pedics?|_\w+)?|admin(?:s|istrators?|istration)?|leadership|(?:hospital |senior |upper |middle |the |our )management|insurers?|insurance compan(?:y|ies)|chiropractors?|dermatologists?|referrers?|referring \w+`, note: 'Colleagues, specialties and institutions.', source: GUIDANCE },
  { pattern: String.raw`(?<=(?:^|\n)\s{0,3})to the (?:\w+ ){0,3}?(?:clinic|practice|surgery|hospital|pharmacy|relative|family|person|doctor|nurse|driver|manager|team)s?|some people|these people|those people|people who|everyone who|you voted|@\w+(?:\.\w+)*|the (?:indication|consult(?: question)?|requisition|order)|this indication|consult question`, note: 'People addressed or pointed at, and the referring clinician behind a quoted order.', source: GUIDANCE },
];

/** Targets named so often in neutral posts ("the ED", "IR", "whoever") that only an insult or a jab, not a sour mood, makes drama of them. */
export const NAMED_ONLY_WITH_A_JAB: LexiconEntry[] = [
  { pattern: String.raw`neuro ?surg\w*|neurosurgeons?|neuro|psych|cards|(?:cardio|uro|nephro|onco|neuro|gastroentero|pulmono|rheumato|endocrino|hemato|haemato|dermato)logy|rads|radiology|gen ?surg|anesthesia|anaesthetics|the ED|ED friends|day team|night team|the floor|hospitalists?|pharmacy|the lab|billing|C-suite|the outside place|outside hospitals?|urgent cares?|(?:ortho|neurosurg|surgery|medicine|psych|GI|cards) (?:resident|attending|fellow|consult)s?|referring docs?|the reviewer`, note: 'Specialties, services and departments as they are named in hospital shorthand.', source: GUIDANCE },
  { pattern: String.raw`senators?|legislators?|lawmakers|politicians|congress(?:man|woman)?|the governor|payers?|health plans?|lobbyists?|(?:health |the )?minister|injectors?|influencers?|med ?spas?`, note: 'Officials, payers and self-styled experts attacked by name of office.', source: GUIDANCE },
  { pattern: String.raw`doctors?|docs|clinicians|consultants|nurses|techs|residents|registrars|SHOs|juniors|radiologists|hospitals?|your doctor|they`, note: 'Colleagues named in passing, and "they": only a jab makes drama of them.', source: GUIDANCE },
  { pattern: String.raw`GI|IR|HIM|UR|CMO|VPs?|PBMs?`, caseSensitive: true, note: 'Departments and offices by their initials, in capitals only ("it" is not IT).', source: GUIDANCE },
  { pattern: String.raw`(?<!\bto )the public(?! (?:holiday|health|speaking|transport|sector|services?|engagement|library|toilets?|areas?|gallery))|members of the public|, public|whoever|dear (?:gentleman|lady|sir|ma['’]am|ED|admin|legislators|(?:\w+ ){0,3}(?:hospital|general|infirmary|medical cent(?:er|re)|health|team|clinic))|ma['’]am|sir|frequent flyers?`, note: 'Someone singled out: "whoever pushed…", "Dear gentleman in bed 17", "ma\'am", the public.', source: GUIDANCE },
];

/** Patients and their families: a story about them is not drama, mocking or insulting them is. */
export const PATIENT_TARGETS: LexiconEntry[] = [
  { pattern: String.raw`pts?|patients?|uncle|aunt(?:ie|y)|grandpa|grandma|granny|lol[ao]|grown adults?|relatives?|visitors?|adults(?! (?:ED|ICU|medicine|services?|clinics?|wards?|team))|callers?|(?:this|the|a|that) (?:guy|lady|gentleman|woman|man|dude|bloke)|guy|(?:his|her|pt['’]s|the|their) (?:wife|husband|son|daughter|mom|mum|dad|family)|families|parents|(?:the )?\d{1,3} ?(?:yo|y\/o|year-old)`, note: 'Patients and relatives as they are named in a story.', source: GUIDANCE },
];

/** Insults and mockery, aimed at anyone, patients included. */
export const MOCKERY: LexiconEntry[] = [
  { pattern: String.raw`can['’]t help people who won['’]t help themselves|incompeten\w*|clueless|lazy|idiots?|stupid|dumb|pathetic|useless|moron\w*|disgrace\w*|garbage|scab(?:s|bing)?|traitors?|sell-?outs?`, note: 'Insults, aimed at anyone.', source: GUIDANCE },
  { pattern: String.raw`🤡|🙄|💀|🖕|😒|🤦(?:♀|♂)?`, note: 'Mocking and eye-rolling emoji.', source: GUIDANCE },
  { pattern: String.raw`(?<=(?:^|[.!?\n]|🙃|🙄|💀|😂)\s{0,3})(?:sir|ma['’]am)\.|like we['’]re (?:a |an |the )?(?:hotel|restaurant|doordash|uber ?eats|deliveroo|drive-?thru|deli|cafe|café|starbucks|concierge|room service|waiters?|waitresses|servants?|maids?|butlers?|bank|taxi|uber)|strikes again|rat(?:ing|ed) [\w' ]{0,40} out of 10|(?<=(?:^|[.!?:;\n])["'”’)]?\s{0,3})grow up`, note: 'Exasperation at a patient: "sir." on its own, "like we\'re doordash", "strikes again", "Grow up."', source: GUIDANCE },
];

/** Words that attack a situation as often as a person: drama only when aimed at a colleague or an institution. */
export const SOUR_WORDS: LexiconEntry[] = [
  { pattern: String.raw`ruin\w*|destroy\w*|ridiculous|rant|worst|joke`, note: 'Words that attack a situation as often as a person.', source: GUIDANCE },
];

/** Grievances about how someone works: drama aimed at a colleague or an institution, not at a patient. */
export const GRIEVANCES: LexiconEntry[] = [
  { pattern: String.raw`do better|shouldn['’]t be allowed|make it make sense|miss(?:es|ed)? stuff|just want the \w+ money|go ask \w+|wrong channel|read the actual report|don['’]t complain|missed this obvious|brutal honesty|won['’]t tell you|can['’]t even|that['’]s the whole history|that['’]s it\.|sh\*t ?show|shitshow|wtf`, note: 'Grievance and mockery phrases.', source: GUIDANCE },
];

/** Contempt and mock praise: drama aimed at anyone, patients included (insults and mockery: MOCKERY). */
export const DRAMA: LexiconEntry[] = [
  { pattern: String.raw`clowns?|clown show|circus|frauds?|quacks?|snake oil|built on nonsense|lies to|liars?|every\. single\. (?:time|shift|day|night)|parasites?|embarrass\w*|cowards?|a\$\$(?:holes?)?|a\*\*|assholes?|(?:yes|ok|okay|sure|thanks),? karen|go away|take the L|delete the post|f off|BS|ffs|for f\W*['’]?s sake|amateurs?|worthless|bought by|not a vending machine|you did this|when will (?:people|they|these people|some people) learn|half of what (?:she|he|they) says? is wrong|yeah,? no sh\W*t|no sh\W*t,? sherlock|always overreact\w*|(?:never|don['’]t) (?:read|listen|answer)(?: the| their)? (?:notes|chart|phones?|pages?)|shame on (?:you|them|every\w*)|sweet cheeks|not your (?:\w+ )?waitress|a danger to|should be (?:embarrassed|ashamed|fired)|ashamed of (?:yourselves|themselves)|(?:very|truly|absolute|complete) (?:clowns|idiots|joke)|how hard is it|learn to read|read the (?:damn |f\W*ing )?(?:chart|notes?|history)|use words|fix\. your\.|we need to talk|bravo,? \w+|visionary leadership|incredible work,? \w+|thanks? (?:so much )?(?:admin|ED|ortho|neurosurg|IT|rads)\b`, note: 'Insults, contempt and mock praise aimed at someone.', source: GUIDANCE },
  { pattern: String.raw`(?:couldn['’]t|could not|can['’]t|cannot) (?!(?:have )?(?:done|do) )[\w ]{1,40} to save (?:their|his|her|your|my) (?:lives|life|selves|themselves|himself|herself)|(?:laziest|dumbest|most useless|most incompetent|worst) (?:\w+ )?(?:service|team|specialty|department|unit|consultants?|registrars?|residents?|surgeons?|doctors?|nurses?|people)|cannot be trusted with|needs? (?:their|his|her) heads? examined|not one of them|genuinely (?:cannot|can['’]t) (?:read|write|do|manage)`, note: 'Insulting idioms: "couldn\'t read a film to save their lives", "laziest service in the building", "cannot be trusted with a phone".', source: GUIDANCE },
  { pattern: String.raw`😤`, note: 'Exasperation, at a system as often as a person.', source: GUIDANCE },
];

export const LAUGHTER = String.raw`😂|🤣|\blol\b|\blmao\b|\bhaha\w*`;
/** A patient's body or mishap as the punchline. */
export const PATIENT_MISHAP = String.raw`swallowed|stuck|lodged|inserted|sized|fat|obese|huge|whale|too (?:big|heavy|fat) for|diet diary|barnacles|things people put|crying laughing|foreign body|big-?bore|habitus|out of (?:his|her|their) (?:ear|nose|nostril|butt|rectum)|googled|swears`;
