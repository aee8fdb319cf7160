import { CARE_GIVEN, DIAGNOSES, DISCLAIMERS, FINDINGS, IMAGING_AND_ANATOMY, PRESENTATIONS } from '../data/clinical-content';
import { EPONYM_FOLLOWERS, EPONYM_NAMES } from '../data/eponyms';
import { compileLexicon, lexiconMatches } from '../data/lexicon';
import { DEFAULT_DISCLAIMER, holdsDisclaimer } from '../defaults';
import { mentionsEvent } from '../subject';
import { matchAll } from '../text';
import { defineRule } from '../types';

const DISCLAIMER = compileLexicon(DISCLAIMERS, 'i');

/** Findings that mean an actual study is being shown: with a finding, a diagnosis or several imaging words, that is a case presentation. */
const STUDY_SHOWN = new Set(['phi.id', 'phi.url', 'phi.face']);
/** Findings that mean a real patient is being talked about: with what they came in with or went through, that is a case story. */
const PATIENT_MENTIONED = new Set(['phi.age', 'phi.date', 'phi.time_hint', 'phi.gender', 'phi.name', 'phi.id']);
/** Presenting an actual study: "showing you the worst spine MRI", "check out this CT". */
const PRESENTS_STUDY = /\b(?:showing|sharing|here['’]s|check out|look at|swipe (?:for|to see))\s+(?:you\s+)?(?:the|this|my|a|that)\s+(?:[\w-]+\s+){0,3}(?:MRI|CT|x-?rays?|scan|films?|ultrasound|KUB|radiographs?)\b/i;
/** A story about a patient met: "storytime", "patient walks up to triage", "called to a fall". */
const STORY = /\b(?:storytime|story time|patient (?:walks|walked|came|comes|rolls|rolled)|(?:came|comes|walked|walks|rolls?|rolled) (?:in|up to triage)|called (?:out )?to an? |brought in|brought to us|present(?:ed|s) with|my (?:[\w-]+ )?patient(?:['’]s)?|one of my patients|the patient who|(?:^|[.!?:]\s+|\n)(?:a |the )?patient (?:with|on)\b)\b/i;
/** Teaching: a board question, a pearl, a rule of thumb, a post for trainees. */
const TEACHING = /#(?:FOAMed|FOAMcc|MedEd|MedTwitter|EMBoards|\w*Boards|TeachingTuesday|RadRes|FRCR)\b|\b(?:pearl|board (?:review|question|classic)|Q:|most likely (?:dx|diagnosis)|until proven otherwise|classic presentation|refresher|mnemonic|memory trick|I walk (?:you )?through|walkthrough|case review|the case I['’]ll never forget|every \w+ should (?:know|have|remember)|in the back of (?:their|your) mind|warning signs|signs (?:every|to watch)|students:|for (?:the )?(?:students|juniors|interns|residents|trainees|registrars|F1s|med students)|teaching (?:point|file|case))\b/i;
/** Thank-yous, celebrations, farewells and appeals for a family: they mention a patient without presenting the case. */
const CELEBRATION = /\b(?:in (?:your|our) prayers|going home|went home|walked out|home today|(?:is|he['’]s|she['’]s|they['’]re) home(?: now)?|discharged|extubated|rang the bell|thanks to|thank you(?! for (?:nothing|the feedback))|thankful|grateful|(?:pls|please) (?:dm|send|share|call|text)|if anyone knows|gratitude|proud|shout-?out|welcome to the world|rest easy|miss (?:you|her|him)|legend|champ|praise god|salamat|congrat\w*)\b|🥹|🎉|💐|🙌/iu;
/** A list of topics rather than a case: a poll, a journal club, a quiz. */
const TOPIC_LIST = /\b(?:poll|journal club|quiz|voting)\b/i;
/** News and career posts mention diagnoses without presenting them. */
const NEWS = /\b(?:screening (?:day|clinic|event)|grant|funding|announced|consortium|hired|joining|graduat\w+|congrat\w+|interview|job|paper is (?:out|published)|new paper|paper out|doi:)/i;

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

export default defineRule({
  id: 'disclaimer-missing',
  category: 'prof.disclaimer_missing',
  severity: 'warning',
  title: 'No disclaimer on clinical content',
  note: "Add a disclaimer that views are your own and are not medical advice or your institution's policy; use your institution's wording where it has one.",
  scope: 'document',
  check({ text, context }, earlier) {
    if (!holdsDisclaimer(context.surface) || DISCLAIMER.test(text)) return [];
    if (context.disclaimer && normalise(text).includes(normalise(context.disclaimer))) return [];
    const findings = lexiconMatches(text, FINDINGS);
    // "Osgood-Schlatter", "Wilms tumour": an eponym names a diagnosis; a list of them is still one.
    for (const m of matchAll(text, /\b[A-Z][a-z]+(?=-[A-Z]|\s)/g)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
      if (EPONYM_NAMES.has(m[0].toLowerCase()) && (after.startsWith('-') || EPONYM_FOLLOWERS.test(after))) {
        findings.push(m);
        break;
      }
    }
    const imaging = lexiconMatches(text, IMAGING_AND_ANATOMY);
    const f = new Set(findings.map((m) => m[0].toLowerCase())).size;
    const i = new Set(imaging.map((m) => m[0].toLowerCase())).size;
    const advice = earlier.some((m) => m.category === 'prof.medical_advice');
    const celebration = CELEBRATION.test(text);
    const diagnoses = lexiconMatches(text, DIAGNOSES);
    const presentations = lexiconMatches(text, PRESENTATIONS);
    const care = lexiconMatches(text, CARE_GIVEN);
    const diagnosed = f >= 1 || diagnoses.length > 0;
    // One act of care is a story ("he has opinions on my suturing"); two are a case ("ten vials of ASV", "back to theatre").
    const cared = new Set(care.map((m) => m[0].toLowerCase())).size >= 2;
    const presented = diagnosed || (!celebration && (presentations.length > 0 || cared));
    const studyShown = (earlier.some((m) => STUDY_SHOWN.has(m.category)) && (presented || (i >= 2 && !celebration))) || PRESENTS_STUDY.test(text);
    const rareCase = earlier.some((m) => m.category === 'phi.rare_case');
    // A diagnosis and the care given tell a case without a patient word: "Acral melanoma… now excised", "shoulder dystocia, McRoberts".
    const treatedCase = diagnosed && care.length > 0 && !NEWS.test(text) && !TOPIC_LIST.test(text);
    const patient = ((earlier.some((m) => PATIENT_MENTIONED.has(m.category)) || STORY.test(text)) && presented) || treatedCase;
    const symptoms = new Set(presentations.map((m) => m[0].toLowerCase())).size;
    const teaching = f >= 2 || (f >= 1 && i >= 1) || (diagnosed && (TEACHING.test(text) || (symptoms >= 2 && !celebration)));
    const aside = !studyShown && !patient && !rareCase && (mentionsEvent(text) || NEWS.test(text));
    if (!(advice || studyShown || rareCase || patient || teaching) || (aside && !advice)) return [];
    const anchor = [...findings, ...imaging, ...diagnoses, ...presentations, ...care].sort((a, b) => a.index - b.index)[0];
    const at = anchor ? { start: anchor.index, end: anchor.index + anchor[0].length } : { start: 0, end: text.trimEnd().length };
    const disclaimer = context.disclaimer?.trim() || DEFAULT_DISCLAIMER;
    return [
      {
        ...at,
        message: 'This draft presents clinical content without a disclaimer.',
        suggestions: [{ label: 'Add a disclaimer at the end', start: text.length, end: text.length, text: `${/\s$/.test(text) ? '' : '\n'}${disclaimer}` }],
      },
    ];
  },
});
