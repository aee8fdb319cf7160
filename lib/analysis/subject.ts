/** Who a detail is about: a patient (flag) or the author, a colleague, a population or an event. */
import type { RuleInput } from './types';
import { CASE_CUES, cueRegExp, EVENT_CUES, SETTING_CUES } from './data/case-cues';
import { firstAtOrAfter, matchAll, rememberLast } from './text';

const CASE = cueRegExp(CASE_CUES);
const EVENT = cueRegExp(EVENT_CUES);
const SETTING = cueRegExp(SETTING_CUES);
const THIRD_PERSON = /\b(?:he|she|him|his|her)\b/i;

/**
 * How far back and forward a sentence is looked for. A longer run without a full stop is cut at
 * the next multiple of REACH_STEP beyond that, so that the words of one long run share their
 * sentence, and what is asked of it is answered once (see `remembered`).
 */
const SENTENCE_REACH = 400;
const REACH_STEP = 100;
/** A full stop (not a title's: "Dr.", "mr."), question or exclamation mark or ellipsis before a space, or a line break. */
const SENTENCE_END = /(?<!\b(?:[Dd]r|[Mm]rs?|[Mm]s|[Mm]x|[Ss]t|[Pp]rof|vs|etc|approx|[Nn]o|[Aa]cc|al))\.(?=\s)|[!?…](?=\s)|\n/g;

interface Sentences {
  /** Offsets of the characters that end a sentence, in order. */
  ends: number[];
  /** Each long stretch of the text handed out, by position, so that it is handed out as the same string again. */
  stretches: Map<number, string>;
}

/** Stretches shorter than this are cheaper to slice and hash again than to look up. */
const REMEMBERED_STRETCH = 256;

const sentencesOf = rememberLast((text: string): Sentences => ({
  ends: Array.from(matchAll(text, SENTENCE_END), (m) => m.index),
  stretches: new Map(),
}));

function stretch(text: string, start: number, end: number): string {
  if (end - start < REMEMBERED_STRETCH) return text.slice(start, end);
  const { stretches } = sentencesOf(text);
  const key = start * (text.length + 1) + end;
  let s = stretches.get(key);
  if (s === undefined) stretches.set(key, (s = text.slice(start, end)));
  return s;
}

/** The sentence of `text` around [start, end). */
export function sentenceRange(text: string, start: number, end: number): { start: number; end: number } {
  const { ends } = sentencesOf(text);
  const reachBack = Math.max(0, Math.floor((start - SENTENCE_REACH) / REACH_STEP) * REACH_STEP);
  const reachForward = Math.min(text.length, Math.ceil((end + SENTENCE_REACH) / REACH_STEP) * REACH_STEP);
  // A full stop ends a sentence only when the space after it lies within the stretch looked at.
  let last = firstAtOrAfter(ends, start) - 1;
  if (ends[last] === start - 1 && text[start - 1] !== '\n') last--;
  const from = last >= 0 && ends[last]! >= reachBack ? ends[last]! + 1 : reachBack;
  const next = ends[firstAtOrAfter(ends, end)];
  const closes = next !== undefined && (text[next] === '\n' ? next < reachForward : next + 1 < reachForward);
  return { start: from, end: closes ? next + 1 : reachForward };
}

/** Every sentence of `text`, split where `sentenceRange` splits, without the spaces around it. */
export function sentenceRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const to of [...sentencesOf(text).ends.map((end) => end + 1), text.length]) {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
    from = to;
  }
  return ranges;
}

export function sentenceOf(text: string, start: number, end = start): string {
  const range = sentenceRange(text, start, end);
  return stretch(text, range.start, range.end);
}

/** The sentence around the words plus its neighbours. */
export function neighbourhoodOf(text: string, start: number, end = start): string {
  const own = sentenceRange(text, start, end);
  const previous = own.start > 0 ? sentenceRange(text, Math.max(0, own.start - 2), Math.max(0, own.start - 1)) : own;
  const next = own.end < text.length ? sentenceRange(text, own.end + 1, own.end + 1) : own;
  return stretch(text, previous.start, next.end);
}

/** How many answers `remembered` keeps per question. */
const REMEMBERED_ANSWERS = 256;

/**
 * A question about a sentence, with its answers remembered: every word of a sentence asks the same
 * of it (for a long stretch, `sentenceOf` and `neighbourhoodOf` hand out the same string, whose
 * hash is worked out once).
 */
export function remembered(question: (s: string) => boolean): (s: string) => boolean {
  const answers = new Map<string, boolean>();
  return (s) => {
    let answer = answers.get(s);
    if (answer === undefined) {
      answer = question(s);
      if (answers.size >= REMEMBERED_ANSWERS) answers.clear();
      answers.set(s, answer);
    }
    return answer;
  };
}

/** In a title-case line ("How to Read a Chest X-Ray") capitals say nothing about names or places. */
export const isTitleCase = remembered((sentence) => {
  const words = sentence.match(/[A-Za-z][\w'’-]*/g) ?? [];
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return words.length >= 4 && capitalised / words.length >= 0.6;
});

const mentionsCaseWord = remembered((s) => CASE.test(s));
const mentionsSetting = remembered((s) => SETTING.test(s));
const mentionsSomeone = remembered((s) => THIRD_PERSON.test(s));

/** Whether `sentence` names a case itself (a patient, a finding, an encounter), not only where clinicians work. */
export function namesCase(sentence: string, text: string): boolean {
  return !declaresNoRealPatient(text) && mentionsCaseWord(sentence);
}

/** Whether `around` names a case or the places and work of clinicians (where a named town is already too much). */
export function mentionsCaseOrSetting(around: string, text: string): boolean {
  return !declaresNoRealPatient(text) && (mentionsCaseWord(around) || mentionsSetting(around));
}

/**
 * Whether `around` (a stretch of `text`) is about a real case: it names one (a patient, a finding,
 * an encounter), or it names where clinicians work and the draft names a case or a person elsewhere.
 */
export function mentionsCase(around: string, text: string): boolean {
  if (declaresNoRealPatient(text) || repliesAboutReader(text)) return false;
  return mentionsCaseWord(around) || (mentionsSetting(around) && (mentionsCaseWord(text) || mentionsSomeone(text)));
}

export const mentionsEvent = remembered((s) => EVENT.test(s));

/** A sentence about an event, or the one right after it ("Lunch and learn on Friday. Room 3B, noon."). */
export function aboutEvent(text: string, start: number, end: number): boolean {
  const sentence = sentenceRange(text, start, end);
  return mentionsEvent(text.slice(sentence.start, sentence.end)) || (sentence.start > 1 && mentionsEvent(sentenceOf(text, sentence.start - 2)));
}

/** "Board-style vignette (not a real patient)", "No patients shown". */
const NO_REAL_PATIENT = /\b(?:not an? (?:real|actual) (?:patient|case|person)|fictional|composites?\b|teaching (?:images|file)|(?:board|exam) question|(?:hypothetical|fictional|made[- ]up|composite|imaginary) (?:patient|case|scenario|vignette)|board[- ]style|(?:case |clinical )?vignette|no (?:real )?patients?(?: were)? (?:shown|filmed|on screen|appear|in (?:this|the) (?:video|photo|clip))|no patients,|no real patients?\b|synthetic (?:images|cases|data)|open[- ]licen[cs]ed? images|open-access (?:images|collections)|(?:I['’]m|I am) not (?:his|her|their|your) (?:doctor|doc|physician|radiologist)|(?:haven['’]t|have not|never) (?:seen|read|looked at) (?:his|her|their) (?:scans?|MRI|CT|x-?rays?|images|films))/i;

/** A teaching frame: "Imagine a 70-year-old…", "Board review Q:", "Teaching pearl: a 3-year-old with stridor is croup until proven otherwise". */
const HYPOTHETICAL_FRAME =
  /\b(?:imagine|picture (?:this|an?)\b|think (?:about|of) an?\b|consider an?\b|suppose\b|say you(?:['’]re| are| have| get| see)\b|board[- ](?:review|prep|Q)|pop quiz|(?:teaching|clinical|exam|board|quick|peds|EM|rad) (?:pearl|point|tip)s?\b|quiz\b|pearls?\b|in my experience|\bmost (?:young |older |elderly |small )?(?:kids|children|patients|pts|people|women|men|babies|adults) (?:with|who)\b|(?:in-situ |in situ )?sim\b|simulation|mannequin|manikin|classic(?:al)? (?:presentation|case|triad|picture|scenario|story)|textbook (?:case|presentation|example)|hypothetical|worked example|until proven otherwise)|#teaching\w*/i;
/** The author met the patient: this outweighs a teaching frame ("Imagine my surprise when she came in…"). */
const MET_THE_PATIENT = new RegExp(
  String.raw`\b(?:(?:I|we)\s+(?:just\s+|finally\s+)?(?:saw|had|scanned|read|treated|admitted|intubated|operated on|diagnosed|caught|found|looked after|took care of|discharged|delivered|lost)|came in|rolled in|brought in|walked in|presented (?:to|with)|case from|case (?:I|we)\b|(?:teen|kid|toddler|child|baby|infant|boy|girl|man|woman|lady|guy|bloke|lad|gentleman|patient|pt) (?:from (?!(?:the|a|an|my|our|his|her|their|work|home|school|here|there|this|that)\b)[a-z]|in (?:bed|bay|room)|who (?:came|was brought|had been))|(?:a|an|this|the)\s+(?:lad|lass|guy|man|woman|lady|kid|boy|girl|bloke|chap|fella|toddler|teen|baby|gentleman|grandpa|grandma)['’]s\s+(?:ear|nose|eye|hand|finger|thumb|foot|toe|leg|arm|head|scalp|chest|back|knee|throat|rectum|bladder|stomach|skin|wound)|stabbed|shot in|swallowed|ingested|overdosed|fell (?:from|off)|hit by|(?:was|were) born|born on|née? (?:à|le)|hospitali[sz]|gave birth|birthed|precipitous delivery|(?:my|our) (?:[\w-]+ ){0,3}list\b|worklist|(?:on|for|in) an? (?:guy|man|woman|lady|kid|child|boy|girl|gentleman|teen|baby)\b|(?:I|we|any of us)(?: had| have|['’]d|['’]ve) (?:ever )?seen (?:one|this|it|a case)\b|first one (?:I|we|any of us)|at our [\w-]+ (?:clinic|hospital|ED|ER|unit|practice)|last night|this morning|yesterday|my (?:pt|patient)|our (?:pt|patient)|(?:pt|patient)['’]s|this (?:pt|patient|kid|guy|lady|gentleman)|real (?:case|patient)|(?:bed|room|bay|ward|cubicle|pod) ?[A-Z]?\d|MRN|our little (?:miracle|warrior|fighter|one|man|lady)|(?:on|in|to) (?:my|our) (?:vent|unit|ICU|PICU|NICU|CCU|floor|ward|service|list)|(?:treated|admitted|scanned|intubated|saw|had|met|looked after) (?:a|an|this|my|our) (?:[\w-]+ ){0,3}?(?:pt|patient|man|woman|lady|guy|gentleman|boy|girl|kid|child|baby|teen|grandma|grandpa|\d{1,3}\s?(?:yo|y\/o|-(?:year|month|week|day)-old)))\b|\b\d{1,3}\s?[MF]\b|\b[MF]\s?\/\s?\d{1,3}\b`,
  'i',
);
/** A case from the author's own shift: "from Thanksgiving call", "on my last night shift". */
const ON_SHIFT = /\b(?:from|on|during) (?:my |our |the |last |this )?(?:[\w'’]+ )?(?:call|shift)\b/i;
/** A patient in the draft at all: then the author's own life in it does not make it a post about no patient. */
const MENTIONS_PATIENT = new RegExp(String.raw`${MET_THE_PATIENT.source}|\b(?:pt|patient|on rounds)\b|\b(?:a|an|this|our|my|the) \d{1,3}[\s-]?(?:year|month|week|day|yr)s?[\s-]?old\b(?!\s+(?:radiologist|doctor|nurse|GP|physician|surgeon|medic|paramedic|resident|registrar|consultant|midwife|pharmacist|physio|dentist|me)\b)|\b\d{1,3}\s?(?:yo|y\/o)\b|\bthe (?:lad|lass|guy|man|woman|lady|kid|boy|girl|gentleman|bloke|fella|chap|little one) (?:with|we)\b|\b(?:sweet|lovely|elderly|young) (?:lady|man|gentleman|guy|fella|bloke)\b|\blittle one\b|\bwe (?:pulled|extricated|resuscitated|rescued|cut)\b`, 'i');
/** "Mrs. Hegarty", "mr. delgado": in these drafts a title before a surname is a patient more often than not. */
const TITLED_NAME = /\b(?:[Mm]rs?|[Mm]s|Miss|Mme)\.?\s+\p{Lu}(?:\p{Ll}+|\.|(?![\p{L}]))|\b(?:mr|mrs|ms)\.\s+\p{Ll}{2,}/u;
const mentionsPatient = (text: string): boolean => MENTIONS_PATIENT.test(text) || TITLED_NAME.test(text);
/**
 * The author's own life: their family and pets, their birthday and races, moving town ("My twins turn 1
 * tomorrow", "Mon fils Léo a 7 ans", "44 years old, finally did my first triathlon", "Leaving Toronto for Halifax").
 */
const AUTHORS_OWN_LIFE =
  /\b(?:my|our|mon|ma|mes|notre|nos)\s+(?:(?:own|little|baby|youngest|eldest|oldest|big|two|three|\d|rescue|new|beautiful|amazing|sweet|wonderful)\s+)?(?:sons?|daughters?|kids?|children(?!['’])|twins?|toddler|(?<=\bmy\s{1,3}(?:\w{1,20}\s{1,3})?)(?:baby|boy|girl)|husband|hubby|wife|partner|fianc[ée]e?|mom|mum|mam|mama|mother|dad|father|papa|parents|grandma|grandmother|granny|nan|nana|lola|lolo|grandpa|grandfather|sisters?|brothers?|family|nephew|niece|cousin|aunt|auntie|uncle|godson|goddaughter|in-laws|bestie|best friend|friends?|flatmate|housemate|dog|cat|puppy|kitten|pup|greyhound|staffy|labrador|kelpie|cavoodle|spaniel|retriever|terrier|doggo|fils|fille|enfants?|mari|femme|chien|chat)\b|\b(?:(?:my|our) (?:kids?['’] |son['’]s |daughter['’]s )?(?:kindergarten|daycare|preschool|nursery|creche)|(?:kindergarten|school|spring|Christmas|nativity) (?:concert|play|recital)|sports day)\b|\b(?:had|got|booked) my (?:first |annual |own )?(?:screening|colonoscopy|mammogram|smear|scan|MRI|CT|vaccine|jab|booster|flu shot|surgery|op)\b|ignored (?:her|his|my) own advice|\bpassed my (?:NCLEX|boards|exams?|finals|part \d|FRCR|MRCP|USMLE|PLAB)\b|\b(?:married to|years married|our (?:wedding|anniversary)|years? ago today I|my (?:first|last) day (?:as|at|of)|first day as an?)\b|birthday to me\b|\b(?:day|week) in (?:my|the) life\b|what['’]s in my\b|\bI (?:ran|finished|completed|turned|moved|became)\b(?!\s+(?:him|her|them|the|our|my|a|an|it)\b)|\b(?:I['’]m|I am) (?:\d{2}\b|turning|leaving|moving)|\b(?:did|finished|ran|completed) my first\b|\b(?:Mom|Mum|Mam|Dad) turned \d|\b(?:marathon|triathlon|parkrun|ironman|cycle tour|fun run|personal best)\b|\bmat(?:ernity)? leave\b|#?pregnancyannouncement|\bdue in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|🤰|\bfirst day of (?:school|kinder\w*|nursery)\b|\bbirthday ni\b|\bbunso\b|\bwith the kids\b|\b(?:notre|mon|ma) (?:petite?|fils|fille|bébé)\b(?!\s+(?:hôpital|clinique|cabinet|unité|service|patient\w*))|\b(?:grandad|granddad|grandpa|grandma|nan|nana|papa|dad|mum|mom)['’]s (?:funeral|birthday|wedding|retirement)\b|\blaid (?:[\w]+ ){0,2}to rest\b|\b(?:since|after) my (?:[\w-]+ ){0,2}(?:surgery|op|operation|chole\w*|reconstruction|repair|fracture|section|delivery)\b|\bI (?:broke|fractured|tore|dislocated)\b|\bcame off (?:the|my)\b|\bmy (?:OB|obstetrician|surgeon|physio|GP)\b(?!\s+(?:rotation|block|placement|rota|shift|attachment|posting))|\btravel ?nurs\w*|\bcontract #?\d|\bnext stop\b|\bstudy with me\b|#studywithme|\bday in the life\b|\bcareer vlog\b|\binterview prep\b|\bmoved from \p{Lu}|\bI did (?:my )?(?:FCPS|MRCP|FRCR|MRCS|residency|fellowship|training|MBBS|internship)\b|\bI did (?:\d+|two|three|four|five) (?:years?|months?) (?:of [\w ]{1,20} )?(?:at|in)\b/iu;
/** Moving town ("Leaving Toronto for a new job in Halifax") and "Mam and Dad" by name: case-sensitive, a town and a parent's title have a capital. */
const MOVING_TOWN = /\b(?:[Ll]eaving|[Mm]oving to|[Rr]elocating to)\s+\p{Lu}|\b(?:Mam|Mum|Mom|Ma)\b[^.!?\n]{0,30}\band (?:Dad|Da|Pa)\b/u;
/**
 * Talk about the system, not a person: counts of patients or cases, waits, shortages, budgets,
 * protocols, data ("31 patients seen between 7p and 7a", "ramping topped 5,000 hours", "out of stock").
 */
const SYSTEM_TALK =
  /\b(?:\d{2,}|\d{1,3}(?:,\d{3})+)(?:\.\d+)?\s?(?:k|\+)?\s+(?:patients|pts|cases|deaths|visits|presentations|admissions|studies|scans|CTs|MRIs|crews|beds|boarders|referrals|calls)\b|\b(?:\d{3,}|\d{1,3}(?:,\d{3})+)\s+(?:kids|children|people|babies|adults|women|men)\b|\b(?:per (?:MoH|MCD|CDC|NHS|the data)|(?:her|his|their) data\b|(?:the|our|national|latest) data\b|data (?:show|from|suggest)|statistics|shortages?|out of stock|ramping|smog|AQI|budget|protocol change|memo\b|waiting (?:times?|lists?)|wait(?:ing)? times?|trolley count|bed (?:shortage|crisis|block)|locums?|staffing|prior auth\w*|prices?\b|on average|per \d[\d,]* (?:line-days|patient-days|admissions)|multicent(?:re|er)|retrospective|prospective|cohort|meta-analysis|randomi[sz]ed|sensitivity|specificity|95% CI|(?:updated|new) (?:[\w-]+ ){0,3}(?:pathway|protocol|guideline))/i;
/** Public life: a podcast, a celebrity's or an athlete's injury, a vote in a council or parliament. */
const PUBLIC_FIGURE = /\b(?:notes from|recap of|retour sur|(?<![\w.])[\w.]{1,40}['’]s (?:talk|keynote|lecture|plenary)|(?:talk|keynote|lecture|conférence) (?:of|by|de) (?:la |le )?(?:Dr|Dre|Prof)|podcast|ep\.? ?\d+\b|episode \d+|county assembly|parliament|legislature|city council|votes? on|the (?:health )?budget|on (?:her|his|their) (?:podcast|show|channel)|(?:after|in) (?:last night['’]s|the|yesterday['’]s|today['’]s) (?:match|game|fight|race)|pitcher|striker|quarterback)\b/i;
/** A tribute to a colleague: "Our department lost Dr. Harold Mensah", "Nurse Practitioner Gloria Ahn retires Friday". */
const COLLEAGUE_TRIBUTE =
  /\b(?:Dr\.?|Dra\.?|Dre|Prof\.?|Nurse|NP|colleague|collègue|mentor|attending|consultant|Sister)\s+(?:Practitioner\s+)?(?<name>\p{L})[\s\S]{0,300}?\b(?:retir\w+|farewell|said goodbye|lost|passed away|RIP|rest in peace|in memory|memorial|will miss|years (?:of service|in our|at)|last day|birthday|anniversaire|ans aujourd['’]hui|died|funeral|condolences|congrat\w*|arrival|weds|wedding|engaged|welcome|joins|joining|shout-?out|award|named|promoted|proud of)\b|\b(?:retir\w+|farewell|said goodbye to|lost|RIP|in memory of|will miss|(?:happy|belated) birthday|bonne fête|joyeux anniversaire|congrat\w*|(?:please )?welcome|shout-?out to|kudos to)\b[\s\S]{0,300}?\b(?:Dr\.?|Dra\.?|Dre|Prof\.?|Nurse|colleague|collègue|mentor)\s+(?<laterName>\p{L})/iu;
/** The pattern ignores case for its words; a colleague's name after the title must still have a capital. */
function colleagueTribute(text: string): boolean {
  for (const m of matchAll(text, COLLEAGUE_TRIBUTE)) {
    const initial = m.groups?.name ?? m.groups?.laterName;
    if (initial && initial !== initial.toLowerCase()) return true;
  }
  return false;
}
/** A patient named outright: a tribute to a colleague that also names one is not only about the colleague. */
const NAMES_A_PATIENT = /\b(?:pt|patient|came in|brought in|admitted|caught|diagnosed|found|the save|saved|walked out|went home|discharged|units|transfus\w*|PPH|arrest|ROSC|intubat\w*|delivered (?:a|an|the|her|his|twins)|fracture|bleed)\b|\b\d{1,3}\s?(?:y\/?o|-year-old|[MF])\b|\b[MF]\s?\/\s?\d{1,3}\b/i;
/** The practice's own notices and adverts: opening hours, a new address, an open house, a vacancy, a registration deadline. */
const NOTICE =
  /\b(?:(?:surgery|clinic|office|practice|pharmacy|station|department|we['’]re|we are|we will be)\s+(?:is\s+|will be\s+)?(?:closed|open|reopen\w*)\b|(?<!wound\s)reopen(?:s|ing)\b|bank holiday|new (?:clinic |practice |office )?address|(?:our )?new (?:practice|clinic|office) (?:is )?open|open house|opening hours|(?:holiday|clinic|office|opening) hours|(?:now |we['’]re |we are |is |are )hiring|vacanc(?:y|ies)|send (?:your |a )?CV|job opening|early[- ]bird|registration (?:is )?(?:now )?open|accepting new patients|(?:mon|notre) cabinet|déménage\w*|nouvelle adresse|même numéro|anniversary (?:to|of) our (?:little )?(?:clinic|practice|hospital|unit|surgery)|(?:all|everyone(?: is)?) welcome|booth|come see (?:us|our)|visit us at|heading to|series starts|next video|new videos? every|same time|next live|(?:opening|opens) on|went live|new (?:wing|unit|centre|center|suite|scanner)|fermeture|on cherche|recrut\w+)/i;
/** History: "On 8 Nov 1895 Wilhelm Röntgen…", "in 1928 Fleming…". */
const HISTORY = /#\w*history\w*|\b(?:WWI|WWII|World War (?:I|II|One|Two))\b|\b(?:described|discovered|invented|designed|coined|patented|named after)\b[^.!?\n]{0,80}\b(?:1[5-8]\d\d|19[0-8]\d)\b|\b(?:1[5-8]\d\d|19[0-8]\d)\b[^.!?\n]{0,80}\b(?:described|discovered|invented|designed|coined|patented)\b|\bhistory of (?:medicine|surgery|radiology|nursing)\b|\b(?:in|on|since|of|from|circa|c\.)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+,?\s+|\p{L}+\s+\d{1,2},?\s+)?(?:1[5-8]\d\d|19[01]\d)\b(?!\s*(?:mg|mL|patients|pts|cases|calories|kcal|people|units|g|m|km)\b)/iu;

/** The draft says there is no real patient in it: a vignette, a composite, no patients shown. */
export const declaresNoRealPatient = remembered((text) => NO_REAL_PATIENT.test(text));

/**
 * Nothing in `text` shows a patient the author met, and it is a teaching frame, the author's own
 * life, a tribute to a colleague, the practice's own notice, public life, career news or history.
 */
export const framedWithoutPatient = remembered(
  (text) =>
    ((HYPOTHETICAL_FRAME.test(text) || HISTORY.test(text)) && !MET_THE_PATIENT.test(text) && !ON_SHIFT.test(text)) ||
    ((AUTHORS_OWN_LIFE.test(text) || MOVING_TOWN.test(text) || NOTICE.test(text) || SYSTEM_TALK.test(text) || PUBLIC_FIGURE.test(text) || CAREER_NEWS.test(text)) && !mentionsPatient(text)) ||
    (colleagueTribute(text) && !NAMES_A_PATIENT.test(text)),
);

/**
 * A rule's paragraph has no patient to identify: the whole draft is framed without one (a YouTube
 * title frames its description), or the paragraph says it has none ("composite case"). Never with
 * "assume patient context".
 */
export function noPatientFor({ text, context, noPatientInDraft }: Pick<RuleInput, 'text' | 'context' | 'noPatientInDraft'>): boolean {
  return noPatientInDraft || (!context.assumePatient && declaresNoRealPatient(text));
}

/** Staff, trainees and the author's own family: a sentence about them is not about a patient. */
export const NOT_A_PATIENT_CUES = /\b(?<!\b(?:be|am|I['’]m|as|become|became)\s{1,3}an?\s{1,3}(?:\w+\s{1,3})?)(?:Dr\.?|Dra\.?|Dre\.?|Prof\.?|patient (?:liaison|advocate|coordinator|navigator)s?|liaison|social worker|case manager|chaplain|interpreter|receptionist|volunteer|doctors?|docs?|surgeons?|physicians?|anesthesia|an(?:a)?esthesiologists?|providers?|co-?workers?|boss|manager|supervisor|secretary|coordinator|director|pharmacist|therapist|paramedics?|EMTs?|scribe|students?|colleagues?|co-?fellow|co-?resident|fellow|residents?(?!\s+(?:at|of|in)\b)|attending|mentor|co-?authors?|department chair|chief|nurse|tech|technologist|sonographer|my (?:wife|husband|son|daughter|mom|dad|mother|father|partner|kid|kids|toddler|baby|boy|girl|\d{1,3}\s?-?(?:yo|y\/o|year-old)(?!\s+(?:pt|patient)))|congrat\w*|thanks? to|thank you)\b/i;

/** Staff as a group: not whom "he" or "she" points back to, but a sentence about them is about the team. */
const STAFF_GROUP = /\b(?:nurses|techs|technologists|sonographers|radiographers|residents(?!\s+(?:at|of|in)\b)|fellows|interns|attendings|colleagues|crew|team|registrars?|consultants?|hospitalists?|staff)\b/i;
const namesStaff = remembered((sentence) => NOT_A_PATIENT_CUES.test(sentence) || STAFF_GROUP.test(sentence));

/** The author's own family or the reader's: "My 5-year-old lost her first tooth tonight", "stop your toddler's bottle tonight". */
const AUTHOR_OR_READER_FAMILY = /\b(?:my (?:own )?(?:\d{1,2}[\s-]?(?:yo|y\/o|year[\s-]old)|son|daughter|kid|kids|toddler|baby|boy|girl|husband|wife|mom|mum|mam|dad|mother|father|parents)|your (?:\w+['’]s\s+)?(?:toddler|baby|kid|child|son|daughter|little one)['’]?s?)\b/i;
const ENCOUNTER = /\b(?:pt|patient|came in|admitted|presented|we (?:saw|scanned|treated|admitted))\b/i;
export const aboutFamilyNotPatient = remembered((sentence) => AUTHOR_OR_READER_FAMILY.test(sentence) && !ENCOUNTER.test(sentence));

/** "Mrs. Ní Bhriain on St. Columba's ward", "Mr. Pike in bed 4": a titled name where patients lie. */
const TITLED_NAME_IN_A_BED = /\b(?:Mr|Mrs|Ms|Miss|Mme)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+(?:on|in)\s+(?:the\s+)?(?:[\p{L}\d'’.-]+\s+){0,2}(?:ward|unit|bed|bay|room|ICU|HDU|CCU)\b/u;

/** A sentence about staff ("our unit secretary retired today", "the techs stayed late on Friday") that names no case. */
export function aboutStaffOnly(sentence: string): boolean {
  if (!namesStaff(sentence) || TITLED_NAME_IN_A_BED.test(sentence)) return false;
  // A title before a name is staff as often as a patient here ("Mrs. Cole, our unit secretary"), so it names no case.
  return !mentionsCaseWord(sentence.replace(/\b(?:Mr|Mrs|Ms|Miss|Mme)\.?\s+[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?(?!,?\s*\d)/g, ''));
}

/**
 * A reply to a member of the public about themselves or their family, where the author has not
 * seen them ("@NightOwlMama … if she's still 104, bring her in"): the details are not a patient's.
 * A reply that says the author treated or read them ("we read your daughter's MRI", "on my vent") is.
 */
const REPLY_TO_READER = /^\s*(?:replying to\s+)?@\w[\w.]*/i;

/** Where the handle a comment reply answers starts ("@mike_d83 …", "Replying to @kay.lynn22 …"), or -1 when the draft is not a reply. */
export function replyHandleAt(text: string): number {
  const reply = REPLY_TO_READER.exec(text);
  return reply ? reply.index + reply[0].indexOf('@') : -1;
}
const ADDRESSES_READER = /\b(?:you|your|you['’]re|u|ur)\b/i;
const AUTHOR_SAW_THEM = /\b(?:(?:I|we)\s+(?:read|saw|scanned|imaged|treated|admitted|operated|intubated|diagnosed|looked after|took care of)|(?:on|in|to) (?:my|our) (?:vent|unit|ICU|PICU|NICU|floor|ward|service|ED|ER|clinic)|my (?:pt|patient)|came in|brought (?:him|her|them) in|(?:let|letting|allowing) (?:me|us))\b/i;
/** Advice or a refusal to advise, as a reply to the public gives: the reader is not the author's patient. */
const ADVISES_READER = /\b(?:can['’]?t (?:tell|say|read|diagnose|interpret|give (?:an? )?(?:opinion|advice))|(?:please )?don['’]t send me|not (?:medical )?advice|(?:call|see|ask|talk to|check with) (?:your|ur) (?:own )?(?:doctor|doc|pediatrician|paediatrician|GP|provider|PCP|dentist)|bring (?:him|her|them) in|take (?:him|her|them) (?:in|to)|urgent care|go to (?:the )?(?:ER|ED|A&E))/i;
export const repliesAboutReader = remembered(
  (text) => REPLY_TO_READER.test(text) && ADDRESSES_READER.test(text) && ADVISES_READER.test(text) && !AUTHOR_SAW_THEM.test(text),
);

/** The author's or a colleague's career news ("Graduated today", "Welcome to our new PGY-1s"): its dates and places are theirs. */
export const CAREER_NEWS = /\b(?:passed (?:my|his|her|their) [\w-]+ exams?|won (?:the|a|an) [\w\s-]{0,40}(?:grant|award|prize)|research grant|awarded|graduated|graduation|intern year|matched|PGY-?\d?s?|new (?:interns|residents|fellows)|welcome to our new|passed (?:my|the) boards|appointed|officially dr)\b/i;
/** A sentence about a career ("for taking a chance on a registrar", "appointed consultant"): its "Mr." and "Ms." are colleagues. */
export const CAREER = new RegExp(
  String.raw`\b(?:registrar|consultant|trainee|training|trained me|mentor(?:ed|ing|s)?|supervisor|taking a chance on|my (?:boss|trainers?|teachers?)|fellowship|residency)\b|${CAREER_NEWS.source}`,
  'i',
);
/** A sentence of advice to the reader ("If you're 65+, pregnant or…, get yours now") names no patient. */
const TO_THE_READER = /\b(?:if you(?:['’]re| are| have)|you(?:['’]re| are) (?:\d|over|under|pregnant)|get yours|check your|talk to your)\b/i;
export const advisesReader = remembered((sentence) => TO_THE_READER.test(sentence) && !/\b(?:I|we) (?:saw|scanned|treated|admitted|read)\b/i.test(sentence));

/** A journal citation ("Okafor M, Lindqvist T, et al.", "PMID: 4021", "Radiology. 2024"): its names are authors. */
const CITATION_CUE = /\b(?:[Dd][Oo][Ii]\b|[Pp][Mm][Ii][Dd]\b|et al\b|[Vv]ol\.)|\b\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*\s\p{Lu}{1,2},\s\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*\s\p{Lu}{1,2}\b|\bJ(?:\.|ournal of)? \p{Lu}\p{Ll}+\.? \p{Lu}\p{Ll}+|(?<![#@\w])(?:AJR|AJNR|RadioGraphics|Radiology|JACR|NEJM|JAMA|Lancet|BMJ|J Hosp Med|Ann Emerg Med|Pediatr Radiol)\.?,?\s+(?:19|20)\d{2}/u;
export const citesPaper = remembered((sentence) => CITATION_CUE.test(sentence));

/** "To every mom who delivered with us", "all the families who": everyone, not one patient. */
const POPULATION = /\b(?:every|all(?: the)?|any)\s+(?:\w+\s+)?(?:moms?|mums?|mothers?|patients?|pts|famil(?:y|ies)|parents?|kids?|bab(?:y|ies)|wom[ae]n|m[ae]n|people|one)\s+who\b/i;
/** Advice to the public in the imperative: "Be safe with firecrackers tonight!", "Stay hydrated today". */
const IMPERATIVE_ADVICE = /^(?:\W*)(?:be|stay|don['’]t|do not|remember to|make sure|drink|wear|avoid)\b/i;
export const addressesEveryone = remembered((sentence) => POPULATION.test(sentence) || IMPERATIVE_ADVICE.test(sentence.trim()));
