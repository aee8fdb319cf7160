import { EPONYM_FOLLOWERS, EPONYM_NAMES } from '../data/eponyms';
import { GIVEN_NAMES } from '../data/given-names';
import { surnames } from '../data/surnames';
import { MEDICAL_ABBREVIATIONS } from '../data/medical-abbreviations';
import { termAt as findTermAt, type Term } from '../nlp';
import { aboutStaffOnly, CAREER, citesPaper, isTitleCase, mentionsCase, neighbourhoodOf, noPatientFor, remembered, sentenceOf } from '../subject';
import { clauseBefore, dropOverlaps, isAllowed, matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

const NAME = String.raw`(?:(?:Ní|Nic|Ó|Mac|Mc|O['’]|de|van|von|da|di)\s?)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+[A-Z]\.(?![a-z]))?`;
const INITIALS = String.raw`[A-Z]\.(?:\s?[A-Z]\.){0,4}|[A-Z](?![\p{L}\d_.'’])`;
const HONORIFIC = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|(?<!\p{Lu}[\p{Ll}'’-]+\s)M\.(?=\s[A-Z][a-z]))\.?\s+(?:${INITIALS}|${NAME}(?:\s+${NAME})?)`, 'gu');
/** Typed all in lower case, as replies often are: "mr. delacroix", "mrs. patel". */
const LOWERCASE_HONORIFIC = /\b(?:mr|mrs|ms|mx)\.\s+([a-z][a-z'’-]{1,}\b|[a-z]\.)/g;
/** Words after a lower-case honorific that are not a name. */
const NOT_A_NAME_TAGS = ['Verb', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value'];
/** Words that introduce a patient's name: "pt JR", "little sofia", "Baby Mateo", "our bravest patient, Liam R." */
const CUE = /\b(?:pt|patient|baby|little|sweet|brave|bravest|tiny|meet|named|name is|called|kiddo|our little|our sweet|petite|petit|bébé|wee)(?:\s+(?:patient|girl|boy|one|guy|kiddo|warrior|fighter))?(?:\s*,)?\s+([A-Z]\.(?:\s?[A-Z]\.){1,4}|\p{L}[\p{Ll}'’]*(?:\s+[A-Z]\.)?|[A-Z]{1,3}(?![\p{L}\d_]))/giu;
const RELATIVE = /\b(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Pp]t['’]s|[Pp]atient['’]s|[Ww]hose|[Ss]a|[Ss]on|\p{Lu}[\p{Ll}'’]+['’]s)\s+(?:daughter|son|wife|husband|mom|mum|mam|mother|dad|father|sister|brother|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|partner|aunt|uncle|niece|nephew|baby|maman|papa|fille|fils|femme|mari)(?:\s*,)?\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?)(?![\p{L}])/gu;
/** Lower-case words of four letters or more: shorter given names ("max", "ray") are too often other words. */
const LOWERCASE_WORD = /(?<![\p{L}\d_'’@#.-])\p{Ll}{4,}(?![\p{L}\d_@-])/gu;
/** Kin words that are also given names: "lola sa bed 14" is grandma, not Lola. */
const KIN_NOT_NAME = new Set(['lola', 'lolo', 'nana', 'nanny', 'tita', 'tito', 'kuya', 'mama', 'papa', 'gogo', 'baba']);
/** A given name owning a study: "dana's ankle films", "Harold's MRI". */
const POSSESSIVE_STUDY = /\b([A-Za-z][a-z]{2,})['’]s\s+(?:[\w-]+\s+){0,2}?(?:MRI|CT|CTA|MRA|PET|scans?|films?|x-?rays?|xrays?|ultrasound|US|images?|labs?|biopsy|echo|EEG|ECG|EKG|chart|results?|report|study|studies|angio(?:gram)?|mammogram|imaging)\b/g;
/** Not a person's name: a place ("Te Awa", "San Lorenzo"), a greeting ("Kia ora") or a street ("Kauri Crescent"). */
const PLACE_BEFORE_NAME = /\b(?:Te|San|Santa|Santo|São|Sao|St\.?|Saint|Sainte|Port|Fort|Mount|Mt\.?|Lake|Glen)\s+$/;
const NOT_NAME_AFTER = /^\s+(?:ora\b|Crescent|Close|Terrace|Street|St\b|Road|Rd\b|Avenue|Ave\b|Lane|Drive|Grove|Park|Domain|Station|Bay|Beach|Reach|Heights|Flats|Springs|Valley|Creek|Falls|Hospital|Health|Clinic|Medical)/;
/** A kin title used as a form of address: "Aunty Moana", "Mang Ernesto", "Tita Baby", "Uncle Joe". */
const KIN_TITLE_NAME = /\b(?:Aunty|Auntie|Uncle|Mang|Aling|Tita|Tito|Lola|Lolo|Kuya|Ate|Tatay|Nanay|Nana|Nanny|Koro|Whaea|Matua|Nonna|Nonno|Abuela|Abuelo|Tía|Tío|Gogo|Mkhulu|Baba|Mama|Mzee|Grandpa|Grandma|Granny|Pop|Big|Old mate)\s+['‘]?(\p{Lu}[\p{Ll}'’]+)/gu;
/** Capitalised words before a kin word that are not a name: "Thanks uncle", "Hi didi", "Sorry aunty". */
const NOT_A_NAME_BEFORE_KIN = new Set(['thank', 'thanks', 'my', 'your', 'his', 'her', 'our', 'the', 'dear', 'hi', 'hello', 'bye', 'okay', 'ok', 'yes', 'no', 'sorry']);
/** A name with a kin word after it, as many languages put it: "Ramesh uncle", "Ravi bhaiya", "Sunita didi". */
const NAME_KIN_AFTER = /(?<![\p{L}\d_])(\p{Lu}[\p{Ll}'’]+)\s+(?:uncle|aunty|auntie|bhaiya|bhai|didi|ji|dada|dadi|nani|nana|amma|appa|chacha|chachi|mausi)\b/gu;
/** "Dave the postie, 14 weeks post ACL": a first name and what they do. */
const NAME_THE_TRADE = /\b([A-Z][a-z]{2,}) the (?:[a-z]+(?:ie|er|or|ist|man|woman|guy|lady|driver|farmer|teacher|nurse|mechanic|chef|coach))\b/g;
/** "Jack's ear keloid", "Tane's ACL": a name owning a body part or an injury. */
const POSSESSIVE_BODY = /\b(\p{Lu}[\p{Ll}'’]{2,})['’]s\s+(?:left |right |bad |broken |sore |new )?(?:ear|ears|knee|hip|shoulder|ankle|wrist|hand|foot|feet|back|neck|arm|leg|face|tooth|teeth|keloid|wound|scar|rash|fracture|injury|surgery|op|recovery|rehab|journey|lungs?|heart|kidneys?|liver|ACL|MCL|tumou?r|cancer|labour|labor|delivery|baby|twins)\b/gu;
/** A memorial line: "For Paddy.", "To Ruth," at the start of a line. */
const MEMORIAL_LINE = /(?:^|\n)\s*(?:For|To|Dear|Remembering|RIP|Vale)\s+(\p{Lu}[\p{Ll}'’]+)\s*[.,:!—-]?\s*(?=\n|$)|(?:^|[\n.!]\s*)(?:RIP|Rest in (?:power|peace)|Fly high|Paalam|Vale),?\s+(\p{Lu}[\p{Ll}'’]+(?:\s\p{Lu}[\p{Ll}'’]+)?)(?=\s*[.!,💐🕊]|\s*$)/gu;
/** Pets are not patients: "a grey cat called Biscuit". */
const PET_BEFORE = /\b(?:cat|dog|pup|puppy|kitten|pet|horse|pony|budgie|parrot|rabbit|bunny)\s+(?:called|named)\s*$/i;

/** "the Dimitriou family", "the Hendricks twins": a family name. */
const FAMILY = /\b([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s+(?:family|fam|household|twins|clan|kids|boys|girls)\b/g;
/** "Kayla's mom asked me", "Leo's parents": a name owning a relative. */
const POSSESSIVE_RELATIVE = /\b([A-Z][a-z'’]{2,})['’]s\s+(?:mom|mum|mother|dad|father|parents|family|sister|brother|wife|husband|daughter|son|grandma|grandpa|grandmother|grandfather|partner|fianc[eé]e?)\b/g;
/** "R.T., 57," "J.R. in room 612", "Lily, the 6-year-old": initials or a name with the patient's age or room next to it. */
const NAME_WITH_AGE_OR_ROOM = /\b([A-Z]\.(?:\s?[A-Z]\.){1,4}(?:-[A-Z]\.)?|[A-Z][a-z]{2,}(?!['’]))(?:,\s*(?:\d{1,3}(?=\s*[,;)]|\s+(?:yo|y\/o|[MF])\b|[\s-](?:years?|yrs?)[\s-]old)|(?:the|our|a|an)\s+\d{1,3}[\s-](?:year|month|week|day)s?[\s-]old)|\s+(?:in|from|on)\s+(?:rm|room|bed|bay)\s+\d|\s+\((?:rm|room|bed|bay)\s+\d)/g;
/** A name read off a label: "the label says A.M.-R.", "(S25-11842, K. Varga)". */
const LABEL_NAME = /\b(?:label|sticker|wristband|bracelet|requisition)(?:['’]s)?(?:\s+(?:still\s+)?(?:says|reads|has|on))?[^\n.!?]{0,30}?\b([A-Z]\.(?:\s?[A-Z]\.){0,4}(?:-[A-Z]\.)?(?:\s[A-Z][a-z'’-]+)?)/g;
/** Lower-case initials right after "pt": "pt jk (MRN…)", "pt rb in bed 4". */
const LOWERCASE_INITIALS = /\b(?:pt|patient)\s+([a-z]{2,3})(?=\s*\(|\s+in\s+(?:rm|room|bed|bay)\b|,)/g;
const NOT_INITIALS = new Set(['is', 'in', 'on', 'at', 'to', 'ok', 'so', 'no', 'as', 'an', 'or', 'of', 'up', 'by', 'he', 'we', 'my', 'me', 'us', 'it', 'be', 'do', 'go', 'has', 'had', 'was', 'got', 'are', 'now', 'and', 'the', 'for', 'who', 'with', 'was', 'lol', 'pls', 'tho', 'btw', 'fyi', 'ed', 'er', 'icu', 'ct', 'mri']);
/** A handle with a name in it, of someone whose family member is the case: "@hollis.mike.77 your son…". */
const HANDLE = /(?<![\w@])@([A-Za-z][\w.]{2,30})/g;
const RELATIVE_ADDRESSED = /\byour\s+(?:\S+\s+){0,3}?(?:son|daughter|kid|child|baby|wife|husband|mom|dad|mother|father|grandma|grandpa|boy|girl)['’]?s?\b|\b(?:feature|featuring|share|sharing)\s+(?:\w+['’]s\s+)?/i;

/** Tags compromise gives a capitalised word it knows nothing else about, or knows as a name. */
const NAME_OR_UNKNOWN_TAGS = new Set(['Noun', 'ProperNoun', 'Singular', 'Possessive', 'FirstName', 'Person', 'MaleName', 'FemaleName', 'LastName']);
function nameOrUnknown(term: Term | undefined): boolean {
  return !!term && /^\p{Lu}/u.test(term.text) && [...term.tags].every((tag) => NAME_OR_UNKNOWN_TAGS.has(tag));
}

function isKnownName(word: string): boolean {
  const lower = word.toLowerCase();
  return GIVEN_NAMES.has(lower) || surnames().has(lower);
}

const TRIBUTE_TAG = /(?<![\w])#(?:PrayFor|Pray4|PrayersFor|TeamBaby|Team|Love4|LoveFor|Justice4|JusticeFor|MiracleFor|Miracle4|HopeFor|Hope4|StrongFor)([A-Z][a-z]+)\w*|(?<![\w])#([A-Z][a-z]+)(?:Strong|Brave|Warrior|Fights|sFight|sJourney|Journey|Army|TheBrave)\b/g;
const TRIBUTE_HANDLE = /(?<![\w])@\w*?(?:fight|strong|journey|warrior|army|brave)\w*/gi;

/** "…after 30 years as our charge nurse", "her last shift": a colleague's milestone. */
const STAFF_MILESTONE = /\b(?:as (?:our|a|an|the|my)\s+(?:[\w-]+\s+){0,2}(?:nurse|doctor|physician|surgeon|tech|technologist|radiographer|secretary|porter|manager|consultant|registrar|resident|fellow|attending)|after \d+ years|(?:his|her|their) last shift)\b/i;

/** Colleagues, trainees and cited authors are not patients. */
const COLLEAGUE_BEFORE = /\b(?:Dr|Prof|Professor|colleague|co-?fellow|co-?resident|fellow|resident|attending|mentor|co-?authors?|chair|chief|nurse|tech|technologist|sonographer|PA|NP|RN|congrats to|congratulations to|thanks to|thank you to|shout-?out to my)\.?\s*$/i;
const HONORIFIC_COLLEAGUE_BEFORE = /\b(?:colleague|co-?fellow|co-?resident|fellow|resident|attending|mentor|chair|chief|nurse|tech|technologist|sonographer|PA|NP|RN)\.?\s*$/i;
/** A title or a staff role right before the name, across the title's full stop: "Dr. Lena Voss", "our trauma coordinator Jess". */
const TITLE_OR_ROLE_BEFORE = /\b(?:Dr|Prof|Professor|Sister|Saint|St|coordinator|secretary|manager|educator|director|chief|charge nurse|techs?|technologists?|nurses?|RNs?|scribe|hi|hey|from UR)\.?,?\s+(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?(?:[A-Z][a-z'’]+\s+)?$/;
/** A staff role right before "Ms. Lindqvist": "our program coordinator Ms. …". */
const ROLE_BEFORE_HONORIFIC = /\b(?:coordinator|secretary|manager|educator|director|chief|charge nurse|techs?|technologists?|nurses?|RNs?|scribe)\.?,?\s+$/;
/** A credential or an institution right after the name: "Jess Whitfield RN", "Halvorsen Medical Center", "Harlan County". */
const CREDENTIAL_OR_PLACE_AFTER = /^(?:\s+[A-Z][a-z'’]+)?,?\s+(?:RN|MD|DO|PA-C|NP|PhD|RT|CNM|Medical Center|Hospital|Health|Healthcare|Clinic|County|University|College|Regional|General|Children['’]s|FRCS|FRCP|FRCR|FRACS|FRACP|FRACGP|FRCSC|FRCPC|MRCP|MRCS|FACS|FACP|FACEP|MBBS|MBChB|\(that['’]s me\)|from (?:UR|HR|IT|admin|billing|pharmacy|(?:the )?insurance|utilization review|scheduling|registration|the (?:front desk|\w+ office)))\b/;
const ABBREVIATIONS = new Set(MEDICAL_ABBREVIATIONS.words);
const namesColleague = remembered((sentence) =>
  STAFF_MILESTONE.test(sentence) ||
  /\b(?:Dr|Prof|colleagues?|co-?fellow|residents?|attendings?|mentors?|co-?authors?|congrat\w*|thanks?|et al|MD|PhD|techs|technologists|secretary|coordinator|appreciation|shout-?out|kudos|retir\w+|farewell|hiring|trainers?)\b/i.test(sentence),
);
/** ", our unit secretary of 31 years": an appositive role says the name is staff. */
const ROLE_AFTER = /^,?\s+(?:our|my|the|a|an)\s+(?:[\w-]+\s+){0,2}(?:secretary|coordinator|manager|director|chief|nurse|tech|technologist|scribe|resident(?!\s+(?:at|of|in)\b)|fellow|intern|attending|colleague|educator|chaplain|pharmacist|therapist|sonographer|radiographer|receptionist|volunteer)\b/i;
/**
 * A name as the subject of what patients do: "Today Baraka walked out of our ICU", "Tyler got his IV
 * on the first try", "Jack from the Narromine footy club sent me a pic". Colleagues do other things.
 */
const NAME_DOES_PATIENT_THING = new RegExp(
  String.raw`(?<=^|[.!?…]\s{1,3}|\n\s{0,3}|\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]his (?:morning|afternoon|evening|week)|[Ff]inally|[Aa]nyway|[Nn]ow|[Ss]o|[Aa]nd),?\s{1,3})(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?)(?:\s*\([^)\n]{1,40}\))?,?\s+(?:(?:from|of) (?:the|our) [^.!?\n]{1,40}?\s+)?(?:(?:finally|just|proudly)\s+)?(?:walked (?:out|home)|went home|was (?:discharged|extubated|admitted|transferred|airlifted|flown)|got (?:discharged|extubated|(?:his|her|their) (?:IV|cast|stitches|shot|line|tube|first))|rang the (?:\w+ )?bell|took (?:his|her|their) first|finished (?:chemo|radiation|radiotherapy|treatment|rehab)|is (?:finally )?(?:home|cancer[- ]free|in remission|off (?:the )?(?:vent|oxygen|O2))|beat (?:cancer|leukemia|leukaemia|sepsis)|woke up|sent (?:me|us) (?:a|this) (?:pic|photo|picture|card|video|letter)|came (?:in|back) (?:to|for|with)|presented with)\b`,
  'gu',
);

/** Initials with full stops ("K.M.", "J.R.") in a sentence about a case: colleagues are named, patients are initialled. */
const DOTTED_INITIALS = /(?<![\w.])([A-Z]\.[A-Z]\.(?:-?[A-Z]\.)?)(?![\w.])/g;
const NOT_INITIALS_DOTTED = new Set(['U.S.', 'U.K.', 'M.D.', 'R.N.', 'D.O.', 'P.A.', 'N.P.', 'A.M.', 'P.M.', 'E.R.', 'O.R.', 'I.V.', 'B.S.', 'M.S.', 'D.C.', 'L.A.', 'N.Y.']);
/** "Lily B.", "Tom K.": a first name and the initial of a surname. */
const NAME_AND_INITIAL = /\b(\p{Lu}\p{Ll}+ \p{Lu}\.)(?=[\s,;:)]|$)/gu;

function isEponym(text: string, start: number, end: number, name: string): boolean {
  // "Robert Graves", "Hakaru Hashimoto": the person an eponym is named for.
  const next = /^\s+([A-Z][a-z'’-]+)/.exec(text.slice(end, end + 30))?.[1];
  if (next && (EPONYM_NAMES.has(next.replace(/['’]s$/, '').toLowerCase()) || EPONYM_FOLLOWERS.test(text.slice(end + 1 + next.length, end + 40)))) return true;
  return EPONYM_NAMES.has(name.toLowerCase()) || EPONYM_FOLLOWERS.test(text.slice(end, end + 20)) || /['’]s\s+\w+\s+(?:disease|syndrome|sign)\b/i.test(text.slice(end, end + 30));
}

function looksLikeFirstName(term: Term | undefined): boolean {
  return !!term && (term.tags.has('FirstName') || term.tags.has('Person')) && !/^[A-Z]{2,}$/.test(term.text) && !DEITIES.has(term.normal);
}

/** Capitalised words that start a sentence about a patient without naming one. */
const NOT_A_NAME_SUBJECT = new Set(['today', 'tonight', 'yesterday', 'finally', 'patient', 'baby', 'mum', 'mom', 'dad', 'grandma', 'grandpa', 'everyone', 'nobody', 'someone', 'kiddo', 'bubba']);

const DEITIES = new Set(['god', 'jesus', 'christ', 'allah', 'lord', 'buddha', 'yahweh', 'krishna']);

const NOT_NAME_TAGS = ['Place', 'Country', 'City', 'Region', 'Organization', 'Month', 'WeekDay', 'Date', 'Pronoun', 'Verb', 'Acronym', 'Honorific', 'Determiner', 'Preposition', 'Conjunction'];

/**
 * With "assume patient context": runs of capitalised words compromise reads as proper nouns or
 * people ("Krisztián Szöllösy", "Janka M. Szász"), and known first names in lower case.
 */
function properNameRuns(all: readonly Term[]): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number; sentence: number }> = [];
  let run: { start: number; end: number; sentence: number } | undefined;
  for (const term of all) {
    const person = term.tags.has('Person') || term.tags.has('FirstName') || term.tags.has('LastName');
    const capitalised = /^\p{Lu}[\p{L}'’.-]*$/u.test(term.text);
    // A capitalised word compromise knows nothing more about than "noun" is most likely a name here.
    const unknown = capitalised && [...term.tags].every((tag) => ['Noun', 'Singular', 'ProperNoun', 'Expression'].includes(tag));
    const proper = capitalised && (term.tags.has('ProperNoun') || unknown);
    const nameLike = (person || proper) && !NOT_NAME_TAGS.some((tag) => term.tags.has(tag) && !(person && tag === 'Verb')) && !DEITIES.has(term.normal);
    if (nameLike && !/^[A-Z]{2,}$/.test(term.text)) {
      if (run && term.start - run.end <= 2 && term.sentence === run.sentence) run.end = term.end;
      else runs.push((run = { start: term.start, end: term.end, sentence: term.sentence }));
    } else {
      run = undefined;
    }
  }
  return runs;
}

export default defineRule({
  id: 'patient-name',
  category: 'phi.name',
  severity: 'error',
  title: "Patient's or family's name",
  note: 'Never post anything that names a patient or their family, not even initials or a first name; say "a patient" instead.',
  check({ text, context, terms, noPatientInDraft }) {
    // A teaching frame, the author's own life, a tribute to a colleague: no patient to identify.
    if (noPatientFor({ text, context, noPatientInDraft })) return [];
    const found: RuleMatch[] = [];
    const termAt = (start: number): Term | undefined => findTermAt(terms(), start);
    const add = (start: number, end: number, replacement: string | null): void => {
      const actual = text.slice(start, end);
      if (isAllowed(actual, context.allowList) || isAllowed(actual.replace(/^(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+/, ''), context.allowList)) return;
      found.push({
        start,
        end,
        message: `"${actual}" names a patient or their family.`,
        suggestions:
          replacement === null
            ? [{ label: 'Remove the name', text: '', ...removalRange(text, start, end) }]
            : [{ label: `Replace with "${replacement}"`, start, end, text: replacement }, { label: 'Remove the name', text: '', ...removalRange(text, start, end) }],
      });
    };

    for (const m of matchAll(text, HONORIFIC)) {
      // Thanks to "Mr. Haskins" in a case is thanks to the patient: colleagues are thanked as "Dr.".
      if (HONORIFIC_COLLEAGUE_BEFORE.test(clauseBefore(text, m.index, 30)) || ROLE_BEFORE_HONORIFIC.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (ROLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      if (CREDENTIAL_OR_PLACE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      // UK consultant surgeons are "Mr." and "Ms.": thanked for a career, they are colleagues.
      if (CAREER.test(sentenceOf(text, m.index, m.index + m[0].length))) continue;
      add(m.index, m.index + m[0].length, 'the patient');
    }
    for (const m of matchAll(text, LOWERCASE_HONORIFIC)) {
      const nameStart = m.index + m[0].length - m[1]!.length;
      const tags = termAt(nameStart)?.tags;
      if (tags && NOT_A_NAME_TAGS.some((tag) => tags.has(tag))) continue;
      if (!context.assumePatient && !mentionsCase(neighbourhoodOf(text, m.index, m.index + m[0].length), text)) continue;
      add(m.index, m.index + m[0].length, 'the patient');
    }
    for (const m of matchAll(text, CUE)) {
      const name = m[1]!.replace(/['’]s$/, '');
      const start = m.index + m[0].length - m[1]!.length;
      const end = start + name.length;
      const initials = /^[A-Z]{1,3}$/.test(name) || /^[A-Z]\.(?:\s?[A-Z]\.){1,4}$/.test(name);
      const term = termAt(start);
      if (PET_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || /^(?:foster|rescue|pup|puppy|dog|cat|kitten)\b/i.test(name)) continue;
      if (/^(?:little|lil)\b/i.test(m[0]) && /\ba\s+$/i.test(text.slice(Math.max(0, m.index - 2), m.index))) continue; // "a little SWI bloom"
      // After "little", "baby" or "pt", a capitalised word the lexicon does not know is a name too.
      const unknownCapitalised = !!term && /^\p{Lu}\p{Ll}/u.test(name) && [...term.tags].every((t) => t === 'Noun' || t === 'ProperNoun');
      if (initials ? ABBREVIATIONS.has(name) || name === 'I' : !(looksLikeFirstName(term) || unknownCapitalised || GIVEN_NAMES.has(name.toLowerCase()))) continue;
      if (!initials && !/^\p{Lu}/u.test(name) && !term?.tags.has('FirstName') && !GIVEN_NAMES.has(name.toLowerCase())) continue;
      if (isEponym(text, start, end, name.split(/\s/)[0]!)) continue;
      add(start, end, null);
    }
    for (const m of matchAll(text, RELATIVE)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (!(looksLikeFirstName(termAt(start)) || GIVEN_NAMES.has(m[1]!.toLowerCase()) || nameOrUnknown(termAt(start)) || m[1]!.includes('-')) || isEponym(text, start, start + m[1]!.length, m[1]!)) continue;
      add(start, start + m[1]!.length, null);
    }
    for (const m of matchAll(text, POSSESSIVE_STUDY)) {
      const name = m[1]!;
      if (!GIVEN_NAMES.has(name.toLowerCase()) || isEponym(text, m.index, m.index + name.length, name)) continue;
      if (TITLE_OR_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      add(m.index, m.index + name.length, null);
    }
    for (const m of matchAll(text, TRIBUTE_TAG)) add(m.index, m.index + m[0].length, null);
    for (const m of matchAll(text, DOTTED_INITIALS)) {
      if (NOT_INITIALS_DOTTED.has(m[1]!) || COLLEAGUE_BEFORE.test(clauseBefore(text, m.index, 30))) continue;
      if (!context.assumePatient && !mentionsCase(neighbourhoodOf(text, m.index, m.index + m[0].length), text)) continue;
      add(m.index, m.index + m[1]!.length, null);
    }
    for (const m of matchAll(text, NAME_AND_INITIAL)) {
      const first = m[1]!.split(' ')[0]!;
      if (/\b(?:Dr|Prof|Mr|Mrs|Ms)\.?\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index)) || isEponym(text, m.index, m.index + first.length, first)) continue;
      if (!isKnownName(first) && !nameOrUnknown(termAt(m.index))) continue;
      if (!context.assumePatient && !mentionsCase(neighbourhoodOf(text, m.index, m.index + m[0].length), text)) continue;
      add(m.index, m.index + m[1]!.length, null);
    }
    for (const m of matchAll(text, KIN_TITLE_NAME)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (TITLE_OR_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue; // "my charge nurse Ate Joy"
      if (!(isKnownName(m[1]!) || nameOrUnknown(termAt(start)))) continue; // "the Big Four"
      add(m.index, start + m[1]!.length, null);
    }
    for (const m of matchAll(text, NAME_KIN_AFTER)) {
      const name = m[1]!;
      if (NOT_A_NAME_BEFORE_KIN.has(name.toLowerCase()) || TITLE_OR_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (!(isKnownName(name) || nameOrUnknown(termAt(m.index)))) continue;
      add(m.index, m.index + m[0].length, null);
    }
    for (const m of matchAll(text, NAME_THE_TRADE)) {
      const name = m[1]!;
      if (!GIVEN_NAMES.has(name.toLowerCase()) && !termAt(m.index)?.tags.has('FirstName')) continue;
      if (!context.assumePatient && !mentionsCase(neighbourhoodOf(text, m.index, m.index + m[0].length), text)) continue;
      add(m.index, m.index + name.length, null);
    }
    for (const m of matchAll(text, POSSESSIVE_BODY)) {
      const name = m[1]!;
      const tags = termAt(m.index)?.tags;
      if (!(isKnownName(name) || tags?.has('FirstName') || tags?.has('Person') || nameOrUnknown(termAt(m.index))) || isEponym(text, m.index, m.index + name.length, name)) continue;
      if (ABBREVIATIONS.has(name) || /^[A-Z]+$/.test(name)) continue;
      if (TITLE_OR_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || /\b(?:Dr|Prof)\.?\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      add(m.index, m.index + name.length, null);
    }
    for (const m of matchAll(text, MEMORIAL_LINE)) {
      const name = m[1] ?? m[2]!;
      const start = m.index + m[0].lastIndexOf(name);
      if (!isKnownName(name.split(' ')[0]!) && !nameOrUnknown(termAt(start))) continue;
      add(start, start + name.length, null);
    }
    for (const m of matchAll(text, FAMILY)) {
      const name = m[1]!;
      const tags = termAt(m.index)?.tags;
      const unknownWord = !!tags && [...tags].every((tag) => tag === 'Noun' || tag === 'ProperNoun' || tag === 'Singular');
      if (!(surnames().has(name.toLowerCase()) || unknownWord) || isEponym(text, m.index, m.index + name.length, name)) continue;
      if (!context.assumePatient && !mentionsCase(neighbourhoodOf(text, m.index, m.index + m[0].length), text) && !/\b(?:disc|CD|images?|films?|scans?|results?|callback|consent|chart|records?)\b/i.test(sentenceOf(text, m.index))) continue;
      add(m.index, m.index + name.length, null);
    }
    for (const m of matchAll(text, POSSESSIVE_RELATIVE)) {
      const name = m[1]!;
      if (!isKnownName(name) || isEponym(text, m.index, m.index + name.length, name)) continue;
      if (TITLE_OR_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      add(m.index, m.index + name.length, null);
    }
    for (const m of matchAll(text, NAME_WITH_AGE_OR_ROOM)) {
      const name = m[1]!;
      const initials = /^[A-Z]\./.test(name);
      const tags = termAt(m.index)?.tags;
      const placeOrThing = !!tags && ['Place', 'City', 'Country', 'Region', 'Organization', 'Month', 'WeekDay', 'Date', 'Verb', 'Adjective', 'Pronoun', 'Determiner'].some((tag) => tags.has(tag));
      if (!initials && ((!isKnownName(name) && placeOrThing) || isEponym(text, m.index, m.index + name.length, name))) continue;
      if (COLLEAGUE_BEFORE.test(clauseBefore(text, m.index, 30)) || TITLE_OR_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      add(m.index, m.index + name.length, null);
    }
    for (const m of matchAll(text, NAME_DOES_PATIENT_THING)) {
      const name = m[1]!;
      const start = m.index;
      const term = termAt(start);
      if (!(isKnownName(name.replace(/-.*/, '')) || nameOrUnknown(term) || looksLikeFirstName(term)) || term?.tags.has('Pronoun') || NOT_A_NAME_SUBJECT.has(name.toLowerCase())) continue;
      const sentence = sentenceOf(text, start, start + name.length);
      if (isEponym(text, start, start + name.length, name) || namesColleague(sentence)) continue;
      add(start, start + name.length, null);
    }
    for (const m of matchAll(text, LABEL_NAME)) {
      const start = m.index + m[0].length - m[1]!.length;
      add(start, start + m[1]!.length, null);
    }
    for (const m of matchAll(text, LOWERCASE_INITIALS)) {
      if (NOT_INITIALS.has(m[1]!)) continue;
      const start = m.index + m[0].length - m[1]!.length;
      add(start, start + m[1]!.length, null);
    }
    if (RELATIVE_ADDRESSED.test(text) && (context.assumePatient || mentionsCase(text, text))) {
      for (const m of matchAll(text, HANDLE)) {
        if (!m[1]!.split(/[._\d]+/).some((part) => part.length >= 3 && isKnownName(part))) continue;
        add(m.index, m.index + m[0].length, null);
      }
    }
    let aboutCase: boolean | undefined;
    for (const m of matchAll(text, TRIBUTE_HANDLE)) {
      aboutCase ??= context.assumePatient || mentionsCase(text, text);
      const named = m[0].slice(1).split(/[._\d]+|(?=journey|strong|warrior|fight|army|brave)/i).some((part) => part.length >= 3 && GIVEN_NAMES.has(part.replace(/s$/, '').toLowerCase()));
      if (aboutCase || named) add(m.index, m.index + m[0].length, null);
    }

    if (context.assumePatient) {
      for (const span of properNameRuns(terms())) add(span.start, span.end, null);
    }

    // Given names typed in lower case ("tony's the best", "dana's films") in a sentence about a case.
    for (const m of matchAll(text, LOWERCASE_WORD)) {
      if (!GIVEN_NAMES.has(m[0]) || KIN_NOT_NAME.has(m[0]) || /[@#.\/]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
      if (!context.assumePatient) {
        const sentence = sentenceOf(text, m.index, m.index + m[0].length);
        if (!mentionsCase(neighbourhoodOf(text, m.index, m.index + m[0].length), text) || namesColleague(sentence)) continue;
      }
      if (TITLE_OR_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || isEponym(text, m.index, m.index + m[0].length, m[0])) continue;
      add(m.index, m.index + m[0].length, null);
    }
    // Other people compromise recognises, when the sentence is about a case and they are not a colleague.
    // Only capitalised words count, so a paragraph without a capital is not parsed for them.
    for (const term of /[A-Z]/.test(text) ? terms() : []) {
      if (!looksLikeFirstName(term) || term.tags.has('Honorific') || term.tags.has('Pronoun') || !/^[A-Z]/.test(term.text)) continue;
      if (/\b(?:St|Saint)\.?\s*$/.test(text.slice(Math.max(0, term.start - 7), term.start))) continue;
      if (!context.assumePatient) {
        if (!term.tags.has('FirstName') && !term.tags.has('LastName')) continue;
        if (!mentionsCase(neighbourhoodOf(text, term.start, term.end), text) || isTitleCase(sentenceOf(text, term.start, term.end))) continue;
        if (namesColleague(sentenceOf(text, term.start, term.end))) continue;
      }
      const before = text.slice(Math.max(0, term.start - 2), term.start);
      if (/[@#]$/.test(before) || COLLEAGUE_BEFORE.test(clauseBefore(text, term.start, 30))) continue;
      if (TITLE_OR_ROLE_BEFORE.test(text.slice(Math.max(0, term.start - 40), term.start)) || CREDENTIAL_OR_PLACE_AFTER.test(text.slice(term.end, term.end + 40))) continue;
      if (isEponym(text, term.start, term.end, term.normal) || ROLE_AFTER.test(text.slice(term.end, term.end + 60))) continue;
      // "Skip the MRI", "Grant a wish": a verb at the start of a sentence.
      if (/^\s+(?:the|a|an|this|that|your|my|it|them)\b/i.test(text.slice(term.end, term.end + 8)) && /(?:^|[.!?:|\n]\s*)$/.test(text.slice(Math.max(0, term.start - 3), term.start))) continue;
      add(term.start, term.end, context.assumePatient ? null : 'the patient');
    }
    // Authors of a cited paper, and staff thanked or congratulated, are not patients.
    const notPatients = (f: RuleMatch): boolean => {
      if (context.assumePatient || /^[#@]/.test(text.slice(f.start, f.end))) return false;
      const sentence = sentenceOf(text, f.start, f.end);
      return citesPaper(sentence) || aboutStaffOnly(sentence) || /^\s+(?:of the (?:Year|Month)|Award)\b/.test(text.slice(f.end, f.end + 16));
    };
    return dropOverlaps(found.filter((f) => !notPatients(f) && !PLACE_BEFORE_NAME.test(text.slice(Math.max(0, f.start - 8), f.start)) && !NOT_NAME_AFTER.test(text.slice(f.end, f.end + 14))));
  },
});
