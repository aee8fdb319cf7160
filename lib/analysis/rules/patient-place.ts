import { COUNTRIES } from '../data/countries';
import { EPONYM_FOLLOWERS, EPONYM_NAMES } from '../data/eponyms';
import { FACILITY_WORDS, LANDMARK_WORDS, NOT_PLACES, STATES_AND_COUNTRIES } from '../data/place-words';
import { lexiconTags } from '../data/english-lexicon';
import { PLACES } from '../data/places';
import { firstTermFrom, termsWithin } from '../nlp';
import { aboutStaffOnly, CAREER_NEWS, citesPaper, isTitleCase, mentionsCase, mentionsCaseOrSetting, mentionsEvent, neighbourhoodOf, noPatientFor, sentenceOf } from '../subject';
import { clauseBefore, dropOverlaps, escapeRegExp, isAllowed, matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

/** A capitalised word in any alphabet, hyphenated parts included ("Kāhu", "Saint-Aubin-des-Lacs"). */
const CAP = String.raw`\p{Lu}[\p{Ll}'’]{1,30}(?:-\p{L}[\p{Ll}'’]{0,30}){0,3}`;
const NAME_WORD = String.raw`(?:${CAP}|\p{Lu}\.)`;
const FACILITY = new RegExp(
  String.raw`\b(?:(?:St\.?|Saint)\s+[A-Z][a-z'’]+(?:['’]s)?(?:\s+(?:${FACILITY_WORDS.words.map(escapeRegExp).join('|')}))?|(?:${NAME_WORD}\s+){1,3}(?:${FACILITY_WORDS.words.map(escapeRegExp).join('|')}))(?![\w'’])`,
  'gu',
);
const AFTER_PREPOSITION = /\b(?:from|in|at|near|outside(?: of)?|to)\s+((?:[A-Z][a-z'’]+)(?:[ -][A-Z][a-z'’]+){0,2})\b/g;
/** The same in other alphabets and for rural directions: "from Saint-Aubin-des-Lacs", "out past Yarrabin Station", "the town of Clonmoragh". */
const AFTER_PREPOSITION_WIDE = new RegExp(String.raw`\b(?:from|in|at|near|outside(?: of)?|to|out past|past|town of|de|du)\s+(${CAP}(?:[ -]${CAP}){0,2})(?![\p{L}'’])`, 'gu');
const REGION = /\b(?:an?\s+)?(?:(?:small|rural|tiny|remote|little)\s+)?(?:town|village|city|county|suburb|farm|ranch|reservation|island|parish)\s+(?:in|outside(?: of)?|near)\s+(?:(?:north|south|east|west|central)(?:ern|west|east)?[ -]+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/gi;
const STREET = /\b\d{1,6}\s+(?:[A-Z0-9][\w'’.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Highway|Hwy|Parkway|Pkwy|Square|Sq)\b\.?/g;
const ZIP = /\b(?:[A-Z]{2}|zip(?: code)?:?|lives in|living in|from)\s+(\d{5}(?:-\d{4})?)\b(?!\s*(?:patients|pts|cases|people|mg|mL|units))/gi;
/** Canadian and UK postcodes, shapes nothing else has: "K7M 3R2", "SW1A 1AA". */
const POSTCODE_SHAPE = /\b([A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/g;
/** A UK outward code named as a postcode: "from the TR18 postcode", "postcode LS9". */
const OUTWARD_CODE = /\b(?:post ?code|postal code)\s+([A-Z]{1,2}\d[A-Z\d]?)\b|\b([A-Z]{1,2}\d[A-Z\d]?)\s+post ?code\b/gi;
/** Highways, routes and exits: "I-95 near exit 12", "Route 9", "Hwy 169", "the M62 near junction 25". */
const ROAD = /(?<=\b[Tt]he )N\d{1,2}\b|\b(?:I-(?!12[345]\b|131\b)\d{1,3}|Interstate\s\d{1,3}|(?:Route|Rte|Hwy|Highway|SR|SH|State Route|State Highway|County Road|CR|US)\s?\d{1,4}[A-Z]?)\b(?:\s+(?:pileup\s+)?(?:near|at|by|before|after|past)\s+(?:exit|junction|mile marker|mm)\s+\d{1,4}[A-Z]?)?|\b(?:M|A)\d{1,4}\s+(?:near|at|by)\s+junction\s+\d{1,3}\b/g;
/** Two names joined by "&" in a sentence about a classification are its authors, not a crossing. */
const CLASSIFICATION = /\b(?:classif\w*|criteria|grading|grades?|scores?|scales?|staging|types?)\b/i;
/** A street named without a number ("Larch St", "Grand Ave"), and crossings ("Elm & 4th"). */
const NAMED_STREET = new RegExp(
  String.raw`(?<![\p{L}])${CAP}(?:\s${CAP})?\s(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Pkwy|Parkway|Close|Crescent|Cres|Terrace|Tce|Grove|Mews|Parade|Esplanade|Highway)\b(?!\.?\s+\p{Lu}\p{Ll})\.?|(?<![\p{L}])(?:${CAP}\s?&\s?(?:\d{1,3}(?:st|nd|rd|th)|${CAP})|\d{1,3}(?:st|nd|rd|th)\s?&\s?${CAP})(?![\p{L}])`,
  'gu',
);
/** "at our Kāhu Heights clinic", "in our Palm Meridian ICU": the named site where the patient was seen. */
const OUR_NAMED_SITE = new RegExp(String.raw`\b(?:at|in|to) (?:our|the) (${CAP}(?: ${CAP}){0,2}) (?:clinic|unit|ICU|surgery|practice|theatres?|ward|hospital|site|campus|pharmacy|chemist|rehab)\b`, 'gu');
/** Māori place names: "Te Awa", "Te Puke". */
const TE_PLACE = /\bTe\s\p{Lu}[\p{Ll}]+(?:\s\p{Lu}[\p{Ll}]+)?/gu;
const LANDMARK = new RegExp(String.raw`(?<![\p{L}'’-])(?:the\s+)?\p{Lu}[\p{L}'’-]{1,40}(?:\s\p{Lu}[\p{L}'’-]{1,40})?\s(?:${LANDMARK_WORDS.words.join('|')})(?![\p{L}])`, 'gu');
/** "the same 53203 zip" */
const ZIP_BEFORE_WORD = /\b(\d{5})\s+zip\b/gi;
/** A hashtag read as a town: "#Leeds", "#CapeTown", and in lower case "#leeds", "#greenbay". */
const PLACE_HASHTAG = /(?<![\p{L}\d_])#(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){0,2}|\p{Ll}{4,24})(?![\p{L}\d_])/gu;
let placesWithoutSpaces: Map<string, string> | undefined;
/** The town a hashtag names: "MitchellsPlain" → "mitchells plain", "greenbay" → "green bay"; never a common word ("#reading", "#bath"). */
function placeOfHashtag(tag: string): string | undefined {
  if (/^\p{Lu}/u.test(tag)) {
    const name = tag.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ').toLowerCase();
    return PLACES.has(name) ? name : undefined;
  }
  if (isCommonWord(tag)) return undefined;
  if (PLACES.has(tag)) return tag;
  if (!placesWithoutSpaces) {
    placesWithoutSpaces = new Map();
    for (const place of PLACES) if (place.includes(' ')) placesWithoutSpaces.set(place.replace(/[\s'’.-]/g, ''), place);
  }
  return placesWithoutSpaces.get(tag);
}
/** A word the lexicon knows as something other than a place. */
function isCommonWord(word: string): boolean {
  const tags = lexiconTags().get(word);
  return !!tags && !['City', 'Place', 'Region'].some((tag) => tags.has(tag));
}
const FACILITY_HANDLE = /(?<!\w)@\w*(?:ED|ER|EM|Hospital|Hosp|Health|Medical|MC|General|Regional|Childrens|Peds)\b/g;

/** Runs of capitalised (or all-capital) words, where a town's name is looked up. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}@#'’.])(?:\p{Lu}[\p{L}'’.-]*)(?:[ ]+(?:\p{Lu}[\p{L}'’.-]*|of|upon|on|de|la|du))*(?![\p{L}\p{N}])/gu;
/** Longest town name in a run. */
const LONGEST_PLACE = 4;
/** A postcode right after a town: "Eagle Pass 78852", "Jayanagar (560041)", "Harrogate HG2". */
const POSTCODE_AFTER = /^,?\s*(?:[A-Z]{2}\s+)?\(?(\d{5}(?:-\d{4})?|\d{6}|[A-Z]{1,2}\d{1,2}[A-Z]?(?:\s?\d[A-Z]{2})?)\)?(?![\w-]|\s?\d)/;

/** Words after a town that still leave it a town: "a kid from Umlazi tonight", "from Soweto who…". */
const TIME_OR_LINK_WORDS = new Set(['tonight', 'today', 'yesterday', 'tomorrow', 'overnight', 'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'who', 'with', 'after', 'before', 'and', 'for', 'yesterday’s', 'area', 'way']);

/** The author saying where they are: not a patient's place. */
const AUTHOR_SUBJECT = /\b(?:I|we)(?:['’]m|['’]re| am| are| was| were| work| worked| live| lived| practice| practiced| trained| moved)\b[^.!?\n]{0,12}$/i;

/** The author's own people and trade: "nurse in Dubai", "Mum and Dad flew in from Abuja", "a registrar from Lagos". */
const AUTHOR_PLACE_BEFORE = /\b(?:(?:nurse|doctor|doc|physician|GP|surgeon|resident|registrar|consultant|medic|paramedic|dentist|physio|midwife|intern|fellow)s?\s+(?:in|from|at|based in)|(?:Mum|Mom|Dad|Mam) and (?:Dad|Mum|Mom|Mam)\b[^.!?\n]{0,30}|my (?:own )?(?:mam|mum|mom|dad|parents|family|wife|husband)\b[^.!?\n]{0,30}|(?:congrats|congratulations|thanks|thank you|grateful|shout-?out)\s+to)\s*$/i;

const OUR_SITE_BEFORE = /\b(?:our|my) (?:[\w-]+ )?(?:ED|ER|A&E|hospital|department|clinic|practice|unit|centre|center|team|group|service)\s+(?:at|in)\s+$|\b(?:at|in) (?:our|my)\s+$/i;

/** The author naming their own workplace or training program. */
const AFFILIATION_BEFORE = /\b(?:(?:my|our)\s+(?:mentors?|colleagues?|team|friends|co-?residents|co-?fellows|attendings|faculty|program|department|residency|fellowship|alma mater|alumni)|join(?:ing|ed)?|work(?:ing|s)? at|hired|fellowship(?: year)?|residency|trained|training|alum(?:ni|na|nus)?|grateful to|thanks? to|everyone at|all of us at|from us at|proud (?:to|of)|our team at|faculty|visiting|grand rounds|talk at|speaking at|lecture at|working(?: \w+){0,2} at|start(?:ing)? as\b[^.!?\n]{0,40}\bat|our (?:\w+ )?group)\b[^.!?\n]{0,40}$/i;

/** A job advert names the author's own workplace. */
const JOB_POST = /\b(?:(?:we['’]re|we are|now|is|are)\s+hiring|job (?:post|opening)|openings?|FTE|apply|send (?:your|a) CV|your CV|recruiting|recruit@|locum|shifts available|vacanc(?:y|ies)|nocturnist position|join (?:our|the) team)/i;


const NOT_A_PLACE = new Set([...STATES_AND_COUNTRIES.words, ...NOT_PLACES.words].map((w) => w.toLowerCase()));


export default defineRule({
  id: 'patient-place',
  category: 'phi.geo',
  severity: 'error',
  title: 'Where the patient lives or was seen',
  note: 'Places smaller than a state are HIPAA identifiers, and naming the hospital or town where a patient was seen narrows it down to a few people.',
  check({ text, context, terms, noPatientInDraft }) {
    // A teaching frame, the author's own life, a tribute to a colleague: no patient to identify.
    if (noPatientFor({ text, context, noPatientInDraft })) return [];
    const found: RuleMatch[] = [];
    const tiedToCase = (start: number, end: number): boolean =>
      context.assumePatient ||
      (mentionsCaseOrSetting(neighbourhoodOf(text, start, end), text) && !mentionsEvent(sentenceOf(text, start, end)) && !JOB_POST.test(text));
    // A hospital's name around the job alone is the author's workplace; it is the patient's where a case is named.
    const hospitalTiedToCase = (start: number, end: number): boolean =>
      context.assumePatient ||
      (mentionsCase(neighbourhoodOf(text, start, end), text) && !mentionsEvent(sentenceOf(text, start, end)) && !JOB_POST.test(text));
    const add = (start: number, end: number, what: string): void => {
      const actual = text.slice(start, end);
      const sentence = sentenceOf(text, start, end);
      if (!context.assumePatient && (citesPaper(sentence) || aboutStaffOnly(sentence) || CAREER_NEWS.test(sentence))) return;
      // "our ED at Bellbird Park": the author's workplace, the patient's place only where a case is named.
      if (!context.assumePatient && OUR_SITE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !mentionsCase(neighbourhoodOf(text, start, end), text)) return;
      if (isAllowed(actual, context.allowList) || AFFILIATION_BEFORE.test(clauseBefore(text, start, 60))) return;
      found.push({
        start,
        end,
        message: `"${actual}" ${what}`,
        suggestions: [{ label: 'Remove the place', text: '', ...removalRange(text, start, end) }],
      });
    };

    for (const m of matchAll(text, FACILITY)) {
      const name = m[0].replace(/^(?:The|Our|My)\s+/, '');
      const start = m.index + m[0].length - name.length;
      if (!/\s/.test(name.replace(/^St\.?\s|^Saint\s/, 'St ')) && FACILITY_WORDS.words.includes(name)) continue; // "the ED" alone names nothing
      if (NOT_A_PLACE.has(name.split(/\s+/)[0]!.toLowerCase()) && !/^St\.?\s|^Saint\s/.test(name)) continue;
      if (hospitalTiedToCase(start, start + name.length)) add(start, start + name.length, 'names where the patient was seen.');
    }
    const wide = [...matchAll(text, AFTER_PREPOSITION_WIDE)].filter((m) => /[^\x00-\x7F]|-\p{Ll}/u.test(m[1]!) || /^(?:out past|past|town of|de|du)\s/i.test(m[0]));
    const wideSet = new Set(wide);
    for (const m of [...matchAll(text, AFTER_PREPOSITION), ...wide]) {
      const place = m[1]!;
      const start = m.index + m[0].length - place.length;
      if (AUTHOR_SUBJECT.test(text.slice(Math.max(0, m.index - 25), m.index + 1))) continue; // "I'm in Ortho", "I live in Denver"
      if (AUTHOR_PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index + m[0].length - place.length))) continue;
      if (NOT_A_PLACE.has(place.toLowerCase().replace(/['’]s$/, '')) || NOT_A_PLACE.has(place.split(/[ -]/)[0]!.toLowerCase().replace(/['’]s$/, ''))) continue;
      // With "assume patient context" (a pasted record) a country of origin is kept, as the checker always did.
      if (!context.assumePatient && COUNTRIES.has(place.toLowerCase())) continue;
      if (!context.assumePatient && isTitleCase(sentenceOf(text, start, start + place.length))) continue;
      const words = termsWithin(terms(), start, start + place.length);
      const properNoun = words.length > 0 && words.every((t) => t.tags.has('ProperNoun') || t.tags.has('Place')) && !words.some((t) => t.tags.has('Person') && !t.tags.has('Place'));
      if (!properNoun && !wideSet.has(m)) continue;
      const following = terms()[firstTermFrom(terms(), start + place.length)];
      if (!wideSet.has(m) && following && /^[a-z]/.test(following.text) && following.tags.has('Noun') && !following.tags.has('Pronoun') && !TIME_OR_LINK_WORDS.has(following.normal)) continue; // "in Terminal ileum"
      if (/^\s+(?:disease|syndrome|sign|fracture|classification|criteria|score)\b/i.test(text.slice(start + place.length))) continue;
      if (tiedToCase(start, start + place.length)) add(start, start + place.length, 'says where the patient is from or was seen.');
    }
    for (const m of matchAll(text, REGION)) {
      if (!/\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(m[0])) continue; // the pattern ignores case; a place name has a capital
      const start = m.index + (/^an?\s/i.exec(m[0])?.[0].length ?? 0);
      if (tiedToCase(start, m.index + m[0].length)) add(start, m.index + m[0].length, 'narrows down where the patient lives.');
    }
    for (const m of matchAll(text, STREET)) add(m.index, m.index + m[0].length, 'is a street address.');
    for (const m of [...matchAll(text, ROAD), ...matchAll(text, NAMED_STREET)]) {
      if (NOT_A_PLACE.has(m[0].split(/\s/)[0]!.toLowerCase())) continue;
      if (m[0].includes('&') && isTitleCase(sentenceOf(text, m.index, m.index + m[0].length))) continue; // "Study Plan, Books & Mistakes": a title
      if (m[0].includes('&') && CLASSIFICATION.test(sentenceOf(text, m.index, m.index + m[0].length))) continue; // "(Garden & Pauwels)": two eponyms of a classification
      if (tiedToCase(m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, 'says where it happened.');
    }
    for (const m of matchAll(text, LANDMARK)) {
      const start = m.index + (/^the\s/.test(m[0]) ? 4 : 0);
      if (NOT_A_PLACE.has(text.slice(start).split(/\s/)[0]!.toLowerCase())) continue;
      if (tiedToCase(start, m.index + m[0].length)) add(start, m.index + m[0].length, 'says where the patient was.');
    }
    for (const m of matchAll(text, ZIP_BEFORE_WORD)) {
      if (tiedToCase(m.index, m.index + m[0].length)) add(m.index, m.index + m[1]!.length, 'is a ZIP code.');
    }
    for (const m of matchAll(text, POSTCODE_SHAPE)) {
      if (/^[A-Z]{1,2}\d{1,2} ?\d[A-Z]{2}$/.test(m[1]!) && !/\s/.test(m[1]!)) continue; // "CT2 3AB" written without its space is too often something else
      if (tiedToCase(m.index, m.index + m[1]!.length)) add(m.index, m.index + m[1]!.length, 'is a postcode.');
    }
    for (const m of matchAll(text, OUTWARD_CODE)) {
      const code = m[1] ?? m[2]!;
      if (!/^[A-Z]{1,2}\d/.test(code)) continue;
      const start = m.index + m[0].indexOf(code);
      if (tiedToCase(start, start + code.length)) add(start, start + code.length, 'is a postcode.');
    }
    for (const m of matchAll(text, ZIP)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (!/^(?:zip|lives in|living in|from)/i.test(m[0]) && (!/^[A-Z]{2}\s/.test(m[0]) || (!context.assumePatient && !text.slice(0, m.index).trimEnd().endsWith(',')))) continue;
      add(start, start + m[1]!.length, 'is a ZIP code.');
    }
    for (const m of matchAll(text, OUR_NAMED_SITE)) {
      const start = m.index + m[0].indexOf(m[1]!, m[0].indexOf(' ') + 1);
      if (NOT_A_PLACE.has(m[1]!.split(' ')[0]!.toLowerCase())) continue;
      if (tiedToCase(start, start + m[1]!.length)) add(start, start + m[1]!.length, 'names where the patient was seen.');
    }
    for (const m of matchAll(text, TE_PLACE)) {
      if (tiedToCase(m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, 'says where the patient is from or was seen.');
    }
    for (const place of townsIn(text)) {
      if (NOT_A_PLACE.has(place.name.split(' ')[0]!) || NOT_A_PLACE.has(place.name)) continue;
      if (/^[A-Z]{2,4}$/.test(text.slice(place.start, place.end))) continue; // "ABA", "AMA": an acronym
      if (EPONYM_NAMES.has(place.name) || EPONYM_FOLLOWERS.test(text.slice(place.end, place.end + 30)) || /^\s*\([^)]*\)\s*(?:nevus|sign|disease)/i.test(text.slice(place.end, place.end + 30))) continue;
      if (/^\s+(?:disease|syndrome|sign|fracture|classification|criteria|score|virus|fever|protocol)\b/i.test(text.slice(place.end, place.end + 20))) continue;
      if (/\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+$/.test(text.slice(Math.max(0, place.start - 6), place.start))) continue;
      if (AUTHOR_SUBJECT.test(text.slice(Math.max(0, place.start - 30), place.start)) || AUTHOR_PLACE_BEFORE.test(text.slice(Math.max(0, place.start - 50), place.start))) continue;
      if (!tiedToCase(place.start, place.end)) continue;
      add(place.start, place.end, 'says where the patient is from or was seen.');
    }
    // "Nandanvan Surgical Hospital, Nagpur": the town after a named site.
    for (const place of [...found]) {
      const town = /^,\s+(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)/u.exec(text.slice(place.end, place.end + 40));
      if (!town || !PLACES.has(town[1]!.toLowerCase()) || NOT_A_PLACE.has(town[1]!.toLowerCase())) continue;
      const start = place.end + town[0].length - town[1]!.length;
      add(start, start + town[1]!.length, 'says where the patient was seen.');
    }
    for (const place of [...found]) {
      const postcode = POSTCODE_AFTER.exec(text.slice(place.end, place.end + 20));
      if (!postcode) continue;
      const start = place.end + postcode[0].indexOf(postcode[1]!);
      add(start, start + postcode[1]!.length, 'is a postcode.');
    }
    // A town as a hashtag and a hospital's handle, on a post about a case.
    let postAboutCase: boolean | undefined;
    const aboutCase = (): boolean => (postAboutCase ??= context.assumePatient || (mentionsCase(text, text) && !mentionsEvent(text) && !JOB_POST.test(text)));
    for (const m of matchAll(text, PLACE_HASHTAG)) {
      const place = placeOfHashtag(m[1]!);
      if (!place || NOT_A_PLACE.has(place) || COUNTRIES.has(place) || EPONYM_NAMES.has(m[1]!) || !aboutCase()) continue;
      add(m.index, m.index + m[0].length, 'says where the patient is from or was seen.');
    }
    for (const m of matchAll(text, FACILITY_HANDLE)) {
      if (aboutCase()) add(m.index, m.index + m[0].length, 'names the hospital where the patient was seen.');
    }
    if (context.assumePatient) {
      for (const piece of addressPieces(text)) add(piece.start, piece.end, 'is part of an address.');
    }
    return dropOverlaps(found);
  },
});

/** A word of a street name, at most 64 characters: a longer run ("ab.ab.ab.…") would be re-read from each of its dots. */
const WORD = String.raw`\p{L}[\p{L}'’.-]{0,63}`;
const ADDRESS_AFTER_CUE = /\b(?:address(?:\s+is)?|lives at|live at|located at|drops? you off at|ship(?:ping)? to|mail(?:ing)? to)(?:\s*:)?\s*([^\n.!?]{3,80})/giu;
const UNIT = /\b(?:Apt|Apartment|Suite|Ste|Unit|Flat|PSC|P\.?O\.? Box|Box)\.?(?:\s*#)?\s*\d+[A-Za-z]?\b/gi;
const NUMBERED_STREET = new RegExp(String.raw`(?<![\p{L}\d])(?:\d{1,6}\s+)?${WORD}(?:\s+${WORD}){0,3}?\s+\d{1,5}[A-Za-z]?(?![\d\p{L}])`, 'gu');
/** A capitalised word (read from the word's first letter, so that a long word is read once), "nan" or a state code, then the code. */
const POSTCODE = /(?:(?<![\p{L}'’.-])[\p{Ll}\p{Lt}\p{Lm}\p{Lo}'’.-]*\p{Lu}[\p{L}'’.-]+|nan|\b[A-Z]{2})(?:[ \t]*,)?\s*(\d{3,5}(?:[ -]\d{2,4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4} ?[A-Z]{2})(?![\d\p{L}])/gu;
const ZIP_CUE = /\bzip(?:\s*code)?(?:\s+is)?(?:\s*:)?\s*([A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9]|\d{3,5})\b/gi;
const NOT_A_STREET = /^(?:card|cc|top|page|chapter|step|version|day|week|year|number|no|room|bed|the|my|at|on|in|of|to|and|for|ext|under|over|about|limit|last|since|age|aged|is|was|has|had|with|me|call|by|from|than|only|just|all|have|had)$/i;

/** With "assume patient context": the pieces of postal addresses in any country's format. */
function addressPieces(text: string): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const m of matchAll(text, ADDRESS_AFTER_CUE)) {
    const start = m.index + m[0].length - m[1]!.length;
    pieces.push({ start, end: start + m[1]!.trimEnd().length });
  }
  for (const m of matchAll(text, UNIT)) pieces.push({ start: m.index, end: m.index + m[0].length });
  for (const m of matchAll(text, NUMBERED_STREET)) {
    const firstWord = m[0].replace(/^\d+\s+/, '').split(/\s+/)[0]!;
    if (NOT_A_STREET.test(firstWord)) continue;
    pieces.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const regex of [POSTCODE, ZIP_CUE]) {
    for (const m of matchAll(text, regex)) {
      const start = m.index + m[0].length - m[1]!.length;
      pieces.push({ start, end: start + m[1]!.length });
    }
  }
  return pieces;
}

/**
 * Town and city names (GeoNames) in runs of capitalised words. A one-word town inside a longer run
 * ("Austin Miller") is taken for part of a name, not a place, unless the run goes on with a place
 * word ("Tulsa County", "Dayton area").
 */
function townsIn(text: string): Array<{ start: number; end: number; name: string }> {
  const found: Array<{ start: number; end: number; name: string }> = [];
  for (const run of matchAll(text, CAPITALISED_RUN)) {
    const words = [...run[0].matchAll(/\S+/g)].map((w) => ({ start: run.index + w.index, end: run.index + w.index + w[0].length, text: w[0].replace(/[.'’]+$/, '') }));
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(LONGEST_PLACE, words.length - i); n >= 1; n--) {
        const name = words.slice(i, i + n).map((w) => w.text).join(' ').toLowerCase();
        if (PLACES.has(name)) {
          matched = n;
          break;
        }
      }
      if (matched === 0) {
        i++;
        continue;
      }
      const first = words[i]!;
      const last = words[i + matched - 1]!;
      const name = text.slice(first.start, last.start + last.text.length);
      const standsAlone = matched > 1 || words.length === 1 || (i + matched < words.length && /^(?:County|Township|area|suburbs?|Valley|Heights)$/.test(words[i + matched]!.text));
      if (standsAlone) found.push({ start: first.start, end: first.start + name.length, name: name.toLowerCase() });
      i += matched;
    }
  }
  return found;
}
