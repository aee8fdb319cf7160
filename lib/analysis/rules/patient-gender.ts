import { findAges } from '../ages';
import { termAt } from '../nlp';
import { aboutFamilyNotPatient, advisesReader, CAREER, isTitleCase, mentionsCase, neighbourhoodOf, noPatientFor, NOT_A_PATIENT_CUES, remembered, repliesAboutReader, sentenceOf } from '../subject';
import { clauseBefore, dropOverlaps, firstAtOrAfter, matchAll, matchCase, rememberLast, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

/** Gendered words for one person, and the neutral word to suggest. Plurals are populations and are left alone. */
const NEUTRAL: Record<string, string> = {
  man: 'patient', woman: 'patient', gentleman: 'patient', lady: 'patient', guy: 'patient', gal: 'patient',
  boy: 'child', girl: 'child', dude: 'patient', male: 'patient', female: 'patient', grandpa: 'grandparent', grandma: 'grandparent',
  grandfather: 'grandparent', grandmother: 'grandparent', granny: 'grandparent', gramps: 'grandparent',
  chap: 'patient', fella: 'patient', gent: 'patient', lad: 'child', lass: 'child', sir: '',
  abuela: 'grandparent', abuelo: 'grandparent', nana: 'grandparent', lola: 'grandparent', lolo: 'grandparent',
  aunty: '', auntie: '', uncle: '', kuya: '', mang: '', aling: '', tita: '', tito: '', koro: 'elder', whaea: '',
  homme: 'patient', femme: 'patient', garçon: 'enfant', fille: 'enfant', patiente: 'patient',
  bloke: 'patient', gogo: 'grandparent', mkhulu: 'grandparent', oupa: 'grandparent', ouma: 'grandparent', tatay: '', nanay: '', mzee: 'elder',
  pregnant: '', pregnancy: '', postpartum: '',
};
const GENDERED_WORD = new RegExp(`\\b(?:${Object.keys(NEUTRAL).join('|')})\\b(?!-?s\\b)`, 'gi');
/** "her husband's stay": the spouse is the patient, so their sex is revealed. */
const SPOUSE_AS_PATIENT = /\b(?:her|his|their|my|your)\s+(husband|wife|father|mother|dad|mom|mum|son|daughter|brother|sister|grandfather|grandmother)['’]s\s+(?:stay|scan|admission|surgery|imaging|CT|MRI|study|case|films?|x-?rays?|diagnosis|fracture|stroke|results?|report|biopsy|ultrasound|mammogram)\b/gi;
/** "the young mother of three we took back to theatre", "Mother and baby are well": the patient as a parent. */
const PATIENT_AS_PARENT = /(?:\b(?:young|new|first-time|expectant|teenage)\s+(mother|mum|mam|mom|father|dad)\b(?!['’]s|\s+(?:said|says|asked|called|wants|was told))|\b(?:a|the)\s+(?:young\s+)?(mother|father)\s+of\s+(?:one|two|three|four|five|six|\d)\b|(?:^|[.!?]\s+)(Mother|Mum|Mam) and (?:baby|babies|twins)\b)/g;
/**
 * A relative who is the one being cared for: "your dad is stable in resus", "whose mam was with us
 * on the stroke unit", "your son spent 9 days on my vent", "your daughter's knee MRI".
 */
const KIN_NEUTRAL: Record<string, string> = {
  son: 'child', daughter: 'child', dad: 'parent', mom: 'parent', mum: 'parent', mam: 'parent', mother: 'parent', father: 'parent',
  wife: 'partner', husband: 'partner', brother: 'sibling', sister: 'sibling', grandson: 'grandchild', granddaughter: 'grandchild', nan: 'grandparent', nanna: 'grandparent',
};
const KIN = Object.keys(KIN_NEUTRAL).join('|');
const KIN_IN_CARE = new RegExp(
  String.raw`\b(?:your|his|her|their|whose|(?:the\s+)?(?:pt|patient)['’]s|(?:bed|room|bay)\s?\d+['’]s)\s+(?:(?:[\w-]+|"[^"\n]{1,30}")\s+)?(${KIN})\b(?:['’]s\s+(?:\w+\s+)?(?:appointment|insurance|scripts?|prescriptions?|meds|medications?|knee|hip|ankle|wrist|shoulder|spine|chart|records?|bloods|labs|scan|MRI|CT|x-?ray|IV|biopsy|surgery|op|results?|treatment|chemo)\b|(?=[^.!?\n]{0,50}?\b(?:is (?:stable|fine|okay|doing (?:great|well|fine|ok))|(?:is|was) (?:still )?(?:in resus|on (?:the |my |our )?(?:vent|ventilator|unit|ward|floor)|with us|admitted|intubated|extubated|in (?:the )?(?:ICU|PICU|NICU|HDU|resus|theatre|surgery|cath lab|OR))|spent \w+ (?:days|weeks|nights) (?:on|in)|on (?:my|our) (?:vent|unit|ward|floor|service|list)|came in|was brought in|got (?:his|her|their) IV)\b))`,
  'gi',
);

/** "Sir, your wife is on 80% FiO2": the relative addressed is not the patient; the spouse is. */
const SPOUSE_ADDRESSED = /\byour\s+(wife|husband)\s+(?:is|was)\s+(?:on|in|being|intubated|proned|ventilated|sedated|stable|critical|still)\b/gi;
/** "the pt's wife": the patient's spouse tells the patient's sex. */
const PATIENTS_SPOUSE = /\b(?:pt|patient)['’]s\s+(wife|husband)\b/gi;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss)\.?(?=\s+[A-Z])|\b(?:mr|mrs|ms)\.(?=\s+[a-z]{2})/g;
const PRONOUN = /\b(?:he|she|him|her|his|hers|himself|herself)\b(?:['’](?:s|d|ll))?/gi;
/** ", M," after an age: "pt is 61, M, already moving the arm". */
const LONE_SEX_LETTER = /(?<=\b\d{1,3},\s?)[MF](?=[\s,.;)]|$)/g;

/** A sentence about a colleague, a trainee or the author's family rather than a patient. */
const POPULATION_AFTER = /^\s*(?:(?:and|or|\/)\s*(?:fe)?male\s+)?(?:patients|women|men|adults|children|kids|subjects|individuals|people|cases|smokers|athletes|populations?|cohorts?|predominance|preponderance|breast cancer|pattern baldness|infertility)\b/i;
/** "a male nurse", "the only woman attending": staff, not a patient. */
const STAFF_AFTER = /^\s*(?:nurses?|RNs?|doctors?|docs?|physicians?|surgeons?|residents?|interns?|fellows?|attendings?|radiologists?|techs?|colleagues?|students?|in (?:medicine|surgery|radiology|IR|EM|STEM)|on (?:our|the) (?:call|team|roster))\b/i;
/** "Lady Windermere syndrome": part of an eponym. */
const EPONYM_AFTER = /^\s+[A-Z][\w'’-]+(?:['’]s)?\s+(?:syndrome|sign|disease|phenomenon|fracture)\b/;

/** A pronoun that matches a relative named in the sentence is about that relative ("the mom … she's asked twice"). */
const FEMALE_RELATIVE = /\b(?:mom|mum|mother|wife|daughter|sister|aunt|niece|girlfriend)\b/i;
const MALE_RELATIVE = /\b(?:dad|father|husband|son|brother|uncle|nephew|boyfriend)\b/i;
const AUTHOR_BEFORE = /\b(?:as|being)\s+an?\s+(?:\w+\s+)?$|\bI(?:['’]m| am| was)\s+(?:(?:an?|the|my|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}$|\bme,?\s+an?\s+(?:[\w'’"-]+\s+){0,2}$|\bpov:?\s+you(?:['’]?re| are)\s+an?\s+(?:[\w'’"-]+\s+){0,3}$/i;

/** People a pronoun can point back to: staff (an @mention is a colleague or an account), a relative, or a patient. */
const ANTECEDENT = new RegExp(
  String.raw`\b(?<staff>${NOT_A_PATIENT_CUES.source.replace(/^\\b/, '')}|(?:cat|dog|puppy|pup|kitten|pet|horse|pony)(?:,?\s+(?:called|named)\s+\p{Lu}\p{Ll}+|,\s+\p{Lu}\p{Ll}+))|(?<handle>(?<![\w@])@\w+)|\b(?:(?<female>daughter|mom|mum|mother|wife|sister|granddaughter)|(?<male>son|dad|father|husband|brother|grandson)|family|parents?)\b|\b(?<patient>pts?|patients?|kid|kiddo|baby|infant|toddler|child|teen(?:ager)?|boy|girl|man|woman|guy|lady|gentleman|grandma|grandpa|Mrs?\.?|Ms\.?|(?<![\d.,])\d{1,3}\s?-?(?:yo|y\/o|year-old|[MF])|\d{1,3}[\s-](?:day|week|month|year)s?[\s-]old|(?:little|lil|baby|sweet)\s+[A-Z][a-z]+)\b`,
  'giu',
);

const REPLY_HANDLES = /^(?:\s*(?:replying to\s+)?@[\w.]+)+/i;
const GREETING_BEFORE = /\b(?:hey|hi|hello|dear|yo|oi|cc|to)\s+$/i;
/** A handle spoken to: after a greeting, or followed by a comma or colon. */
function addressed(text: string, start: number, end: number): boolean {
  return /^\s*[,:]/.test(text.slice(end, end + 3)) || GREETING_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** How far back a pronoun's antecedent is looked for. */
const ANTECEDENT_REACH = 300;

type Antecedent = 'staff' | 'patient' | 'female' | 'male' | 'neutral';

/** The people a paragraph mentions, found once for all its pronouns. */
const antecedentsOf = rememberLast((text: string) => {
  const found = { starts: [] as number[], ends: [] as number[], kinds: [] as Antecedent[] };
  // The handles a reply opens with, or one spoken to ("hey @LarkspurED, your triage…"), are "you", not whom "he" or "she" points back to.
  const replyHandles = REPLY_HANDLES.exec(text)?.[0].length ?? 0;
  for (const m of matchAll(text, ANTECEDENT)) {
    if (m.groups?.handle && (m.index < replyHandles || addressed(text, m.index, m.index + m[0].length))) continue;
    // The pattern is case-insensitive, so "a little coconut" matched "little Emma": only a capital makes it a name.
    if (m.groups?.patient && /^(?:little|lil|baby|sweet)\s/i.test(m[0]) && !/\s\p{Lu}/u.test(m[0])) continue;
    found.starts.push(m.index);
    found.ends.push(m.index + m[0].length);
    const g = m.groups ?? {};
    found.kinds.push(g.staff || g.handle ? 'staff' : g.patient ? 'patient' : g.female ? 'female' : g.male ? 'male' : 'neutral');
  }
  return found;
});

/**
 * Whom the pronoun points back to: the nearest person named before it that it can stand for. A
 * relative of the other sex ("the mom … his bili") or of no sex ("the family … she passed") is
 * passed over.
 */
function antecedentOf(text: string, pronounStart: number, pronoun: 'female' | 'male'): 'patient' | 'someone else' | undefined {
  const { starts, ends, kinds } = antecedentsOf(text);
  for (let i = firstAtOrAfter(ends, pronounStart + 1) - 1; i >= 0 && starts[i]! >= pronounStart - ANTECEDENT_REACH; i--) {
    const kind = kinds[i]!;
    if (kind === 'neutral' || ((kind === 'female' || kind === 'male') && kind !== pronoun)) continue;
    return kind === 'patient' ? 'patient' : 'someone else';
  }
  return undefined;
}

const namesSomeoneElse = remembered((sentence) => NOT_A_PATIENT_CUES.test(sentence));
const namesFemaleRelative = remembered((sentence) => FEMALE_RELATIVE.test(sentence));
const namesMaleRelative = remembered((sentence) => MALE_RELATIVE.test(sentence));

const PRONOUN_NEUTRAL: Record<string, string> = { he: 'they', she: 'they', him: 'them', his: 'their', hers: 'theirs', himself: 'themself', herself: 'themself' };

/** `herIsPossessive` is asked only about "her", so the words are parsed only for it. */
function neutralPronoun(word: string, herIsPossessive: () => boolean): string {
  const lower = word.toLowerCase();
  if (/^(?:he|she)['’]s$/.test(lower)) return "they're";
  if (/^(?:he|she)['’](?:d|ll)$/.test(lower)) return `they${lower.slice(-2)}`;
  if (lower === 'her') return herIsPossessive() ? 'their' : 'them';
  return PRONOUN_NEUTRAL[lower] ?? 'they';
}

export default defineRule({
  id: 'patient-gender',
  category: 'phi.gender',
  severity: 'error',
  title: "Patient's sex or gender",
  note: 'Avoid anything that reveals gender: "a patient" and "they" tell the teaching point without narrowing down who it was.',
  check({ text, context, terms, noPatientInDraft }, earlier) {
    // A teaching frame, the author's own life, a tribute to a colleague: no patient to identify.
    if (noPatientFor({ text, context, noPatientInDraft })) return [];
    const found: RuleMatch[] = [];
    // A patient's name or age found before a pronoun is whom it can point back to.
    const anchors = earlier.filter((m) => m.category === 'phi.name' || m.category === 'phi.age').map((m) => m.end);
    const anchoredBefore = (start: number): boolean => anchors.some((end) => end <= start && start - end <= ANTECEDENT_REACH);
    const aboutPatient = (start: number, end: number): boolean => {
      if (context.assumePatient) return true;
      if (repliesAboutReader(text)) return false;
      if (aboutFamilyNotPatient(sentenceOf(text, start, end)) || advisesReader(sentenceOf(text, start, end))) return false;
      if (anchoredBefore(start) && !namesSomeoneElse(sentenceOf(text, start, end))) return true;
      const sentence = sentenceOf(text, start, end);
      return mentionsCase(neighbourhoodOf(text, start, end), text) && !namesSomeoneElse(sentence);
    };
    const add = (start: number, end: number, replacement: string | undefined): void => {
      const actual = text.slice(start, end);
      const suggestions =
        replacement === undefined
          ? []
          : replacement === ''
            ? [{ label: `Remove "${actual}"`, text: '', ...removalRange(text, start, end) }]
            : [{ label: `Replace with "${matchCase(text, start, replacement)}"`, start, end, text: matchCase(text, start, replacement) }];
      found.push({ start, end, message: `"${actual}" reveals the patient's sex.`, suggestions });
    };

    for (const m of matchAll(text, GENDERED_WORD)) {
      const start = m.index;
      const end = start + m[0].length;
      if (AUTHOR_BEFORE.test(clauseBefore(text, start, 30)) || !aboutPatient(start, end)) continue;
      if (!context.assumePatient && isTitleCase(sentenceOf(text, start, end))) continue; // "(Same Guy, Totally Different Problems)"
      if (/^man['’]s land\b/i.test(text.slice(start, end + 8))) continue;
      const after = text.slice(end, end + 40);
      if (POPULATION_AFTER.test(after) || STAFF_AFTER.test(after) || EPONYM_AFTER.test(after)) continue; // "male and female patients", "a male nurse"
      add(start, end, NEUTRAL[m[0].toLowerCase()]);
    }
    for (const m of matchAll(text, SPOUSE_AS_PATIENT)) {
      const start = m.index + m[0].indexOf(m[1]!);
      add(start, start + m[1]!.length, /husband|wife/i.test(m[1]!) ? 'partner' : /father|mother|dad|mom|mum/i.test(m[1]!) ? 'parent' : /son|daughter/i.test(m[1]!) ? 'child' : 'sibling');
    }
    for (const m of matchAll(text, PATIENT_AS_PARENT)) {
      const word = m[1] ?? m[2] ?? m[3]!;
      const start = m.index + m[0].indexOf(word);
      if (aboutPatient(start, start + word.length)) add(start, start + word.length, /^(?:mother|mum|mam|mom)$/i.test(word) ? 'parent' : 'parent');
    }
    if (!repliesAboutReader(text)) {
      for (const m of matchAll(text, KIN_IN_CARE)) {
        const start = m.index + m[0].search(new RegExp(String.raw`\b${m[1]!}\b`, 'i'));
        add(start, start + m[1]!.length, KIN_NEUTRAL[m[1]!.toLowerCase()]);
      }
    }
    for (const m of matchAll(text, SPOUSE_ADDRESSED)) {
      const start = m.index + m[0].indexOf(m[1]!);
      add(start, start + m[1]!.length, 'partner');
    }
    for (const m of matchAll(text, PATIENTS_SPOUSE)) {
      const start = m.index + m[0].length - m[1]!.length;
      add(start, start + m[1]!.length, 'partner');
    }
    for (const m of matchAll(text, HONORIFIC)) {
      if (CAREER.test(sentenceOf(text, m.index, m.index + m[0].length))) continue; // "Grateful to Mr. Okafor for taking a chance on a registrar"
      if (aboutPatient(m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, undefined);
    }
    for (const age of findAges(text, noPatientInDraft)) if (age.sexCode) add(age.start, age.end, undefined);
    for (const m of matchAll(text, LONE_SEX_LETTER)) add(m.index, m.index + 1, '');
    for (const m of matchAll(text, PRONOUN)) {
      const start = m.index;
      const end = start + m[0].length;
      // "All glory to Him": a capitalised pronoun inside a sentence about God.
      if (/^H/.test(m[0]) && !/(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start)) && /\b(?:God|Lord|Jesus|Christ|Allah)\b/.test(text)) continue;
      const pronounSex = /^(?:she|her)/i.test(m[0]) ? 'female' : 'male';
      const antecedent = context.assumePatient ? 'patient' : (antecedentOf(text, start, pronounSex) ?? (anchoredBefore(start) ? 'patient' : undefined));
      // A sentence that also names staff can still be about the patient the pronoun points back to.
      const patientNamedBefore = antecedent === 'patient' && !repliesAboutReader(text) && (anchoredBefore(start) || mentionsCase(neighbourhoodOf(text, start, end), text));
      if (!patientNamedBefore && !aboutPatient(start, end)) continue;
      if (/^\s+(?:husband|wife)['’]s\b/i.test(text.slice(end, end + 12))) continue; // "her husband's stay": she is not the patient
      if (antecedent === 'someone else') continue;
      const namesSameGenderRelative = pronounSex === 'female' ? namesFemaleRelative : namesMaleRelative;
      // "his brother says": the pronoun owns the relative, so it is not the relative.
      const ownsRelative = /^\s+(?:\w+\s+)?(?:mom|mum|mother|dad|father|wife|husband|son|daughter|sister|brother|family|parents?|girlfriend|boyfriend|partner|ex)\b/i.test(text.slice(end, end + 24));
      if (antecedent !== 'patient' && !ownsRelative && namesSameGenderRelative(sentenceOf(text, start, end))) continue;
      add(start, end, neutralPronoun(m[0], () => !!termAt(terms(), start)?.tags.has('Possessive')));
    }
    return dropOverlaps(found);
  },
});
