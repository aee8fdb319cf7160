import { DIAGNOSES, FINDINGS, PRESENTATIONS } from '../data/clinical-content';
import { CARE_DIRECTIONS, DOSES, DRUG, LAY_READERS, REASSURANCES, TREATMENTS } from '../data/medical-advice';
import { compileLexicon, lexiconMatches } from '../data/lexicon';
import { neighbourhoodOf, remembered, replyHandleAt, sentenceOf, sentenceRange } from '../subject';
import { matchAll } from '../text';
import { defineRule, type RuleMatch } from '../types';

const IMAGES = String.raw`(?:MRI|CT|scans?|images?|x-?rays?|xrays?|disc|CDs?|reports?|findings|results|symptoms|screenshots?|films?|key image|A1c|labs?|bloodwork|EKGs?|ECGs?|TSH|(?:rash|mole|skin|wound|blood|sugar|platelet|parasite|thyroid|cholesterol|iron|hormone|vitamin \w) (?:photos?|pics?|pictures?|counts?|levels?|numbers?|results?)|(?:photos?|pics?|pictures?) of (?:your |the |a |my )?(?:rash|mole|skin|wound|x-?ray|scan|TSH|thyroid|\w+ report))`;
/** Offering to read the public's images: "DM me the CD", "comment your MRI findings and I'll explain". */
const OFFER_TO_READ = new RegExp(
  [
    String.raw`\b(?:DM|dm|send|mail|upload|comment|post|drop|share|email|message|show)\b[^.!?\n]{0,40}\b${IMAGES}\b[^.!?\n]{0,60}\b(?:I['’]ll|I will|and I|to me|below|for free)\b`,
    String.raw`\b(?:DM|send|mail|upload|email)\s+(?:me|it to me)\b[^.!?\n]{0,30}\b${IMAGES}`,
    String.raw`\b(?:send|upload|DM)\s+(?:it|them)\s+to\s+me\b`,
    String.raw`\bI(?:['’]ll| will)\s+(?:take a (?:proper |quick )?look|tell you (?:if|which|what|whether)|reply with what to (?:take|do)|say (?:if|whether)|explain what (?:they|it) means?|record a personal|read (?:it|them|your))`,
    String.raw`\b(?:(?:DMs|inbox) (?:are |is )?open|open (?:DMs|inbox))\b[^.!?\n]{0,60}\b${IMAGES}`,
    String.raw`\b(?:DM['’]?d|sent|messaged|emailed) me (?:their|your|his|her|the) ${IMAGES}`,
    String.raw`\b(?:2nd|second) (?:opinion|look|read) (?:on|at) (?:your|their|ur) (?:\w+['’]s )?${IMAGES}`,
  ].join('|'),
  'gi',
);
/** Not offering but refusing: "please don't DM me your scans". */
const REFUSED = /\b(?:don['’]t|do not|never|no need to|not)\s+(?:\w+\s+){0,2}$/i;
/** Telling a member of the public what to do about their own health. */
const DIRECTIVE = /\b(?:skip|avoid|ignore|refuse|demand|go straight to|don['’]t (?:bother with|get|need|wait for)|(?:you )?(?:can )?safely ignore|you['’]ll never need|only get an?|insist on|drink|stop taking|(?:go )?get (?:an?|the|your)|ask for (?:an?|the))\b[^.!?\n]{0,60}\b(?:ER|ED|ultrasound|MRI|CT|x-?ray|biopsy|follow-?up|dermatologist|doctor|scan|mammogram|second read|surgery|imaging|kidney stone|medication)\b/gi;
const READER = /\b(?:you|your|yours|if you|u|ur)\b|^\s*(?:skip|avoid|ignore|drink|demand|go)\b/i;
/** Replies that diagnose a follower: "@mike_d83 that's almost certainly a benign hemangioma". */
const DIAGNOSIS_FOR_FOLLOWER = /\b(?:sounds? like|almost certainly|definitely (?:a|an)|probably (?:just|a|an)|looks like (?:a|an)|looks (?:totally |completely |perfectly |pretty )?(?:fine|normal|benign)|no need to get (?:it|that|this) (?:checked|looked at|seen)|I['’]d skip|I['’]d get|you (?:don['’]t )?need (?:a|an|the)|I (?:wouldn['’]t|would not|would|['’]d) (?:\w+ )?(?:take (?:him|her|them|it|you)|start|stop|treat|give|worry|bother)|(?:well |comfortably )?(?:under|below|within) the (?:treatment|normal|reference) (?:line|range|threshold)|repeat (?:it|the test|the bloods?) in \d+)\b/gi;
const REFUSAL = /\b(?:can['’]?t|cannot|won['’]t|don['’]t|unable to|not able to)\s+(?:\w+\s+)?(?:read|review|look at|interpret|comment on|answer|give (?:an? )?(?:opinion|advice|medical advice)|tell (?:what|if|whether)|diagnose|weigh in)\b|isn['’]t (?:something I can do|a safe place)/i;
const DECLINE = new RegExp(String.raw`${REFUSAL.source}|(?<!(?:don['’]t|no) need to )ask your (?:own )?(?:doctor|radiologist|orthopedist|oncologist|pediatrician|clinician)|(?:talk|speak) (?:to|with) your (?:own )?doctor|(?<!(?:don['’]t|no) need to )(?:call|see|ask) your (?:own )?(?:doctor|pediatrician|ordering|oncologist|dermatologist|clinician|GP)(?! (?:for (?:an? )?${DRUG}|to (?:swap|switch|change|prescribe|give|start|up)))|the radiologist who read your`, 'i');
const TRAINEES = /\b(?:residents?|trainees?|fellows?|students?|interns?|new grads?|colleagues|prescribers|HCPs|clinicians|on call|your attending|dictat\w+|your report|the surgeon)\b|\b(?:nurses|docs|doctors|team)(?: on (?:our|the|my) [\w-]+)?[,:]/i;
/** Posts for clinicians, where instructions are teaching: "#FOAMed", "#PharmTwitter", "for prescribers". */
const FOR_CLINICIANS = /#(?:RadRes|MedEd|FOAMed|FOAMcc|FRCR|\w+Twitter)\b|\bfor (?:prescribers|HCPs|clinicians|residents|trainees)\b/i;
/** The sentence addresses a member of the public, neither declining to advise nor teaching trainees. */
const speaksToReader = remembered((sentence) => READER.test(sentence) && !DECLINE.test(sentence) && !TRAINEES.test(sentence));

const TREATMENT = [...TREATMENTS, ...DOSES];
/** A draft about health at all: a treatment, a complaint, a diagnosis or a finding. Reassurance elsewhere is about a rota or a fire drill. */
const HEALTH_CONTEXT = [...TREATMENT, ...PRESENTATIONS, ...DIAGNOSES, ...FINDINGS];
const LAY = compileLexicon(LAY_READERS, 'i');
const FIRST_PERSON = /\b(?:I|we)\b/;
const YOU_SHOULD = /\b(?:you|u)\s+(?:can|should|need|must|have to|gotta)\b|(?<!\b(?:whether|if) )\b(?:you['’]re|it['’]s) (?:fine|ok(?:ay)?|safe) to\b/i;
/** An appeal to readers next to the words: "nose clips in warm freshwater. please." */
const APPEAL = /\b(?:please|pls|PSA)\b/i;
const SECOND_PERSON = /\b(?:you|u|ur|your|y['’]all)\b/i;
/** Verbs that open an instruction about one's health. */
const INSTRUCTION_VERBS = String.raw`ask for|take|give|try|alternate|stop|start|bump|use|skip|avoid|ice|wrap|elevate|irrigate|splint|chew|drink|get|grab|keep|lock up|wear|put|apply|rest|call|go|save|do|double|switch|add|cut|buy|pick up|head to|bring`;
/** Where a clause begins: a sentence end, bullet, emoji, colon, semicolon, comma, dash, thread number or a coordinated instruction. */
const CLAUSE_BREAK = new RegExp(String.raw`[.!?\n•;:,—–(+]|\p{Extended_Pictographic}|\s-\s|\d\/\s|\b(?:and|then|or)\s+(?=(?:${INSTRUCTION_VERBS})\b)`, 'giu');
/** Words that may open an instruction before its verb: "PSA:", "please", "just", "honestly". */
const LEAD_IN = /^(?:\s|["'“”‘’]|\d+[/.)]|[-*>👉→]|\p{Extended_Pictographic}|(?:please|pls|plz|just|honestly|so|and|then|also|but|ok|okay|seriously|parents|PSA|tip)\b)*/iu;
const HEALTH_VERB = new RegExp(String.raw`^(?:${INSTRUCTION_VERBS}|don['’]t|do not|never|always|no)\b(?! \w+ed\b| (?:was|were|had|got|been)\b)`, 'i');
/** A clause that narrates what happened rather than telling anyone what to do. */
const NARRATION = /^(?!(?:if|as|when|where|unless)\b)(?:[\w-]+\s+)?(?:was|were|got|had|gave|given|started|needed|required|transfused|administered|prescribed|stopped|held|continued|used)\b/i;

/** The words from the start of the clause holding `index` up to it, lead-ins ("PSA:", "please", "just") dropped; a clause here also ends at a comma or an emoji, unlike text.ts's clauseBefore. */
function openingOfClause(text: string, index: number): string {
  const from = Math.max(0, index - 160);
  let start = from;
  for (const m of matchAll(text.slice(from, index), CLAUSE_BREAK)) start = from + m.index + m[0].length;
  return text.slice(start, index).replace(LEAD_IN, '');
}

/** Whether the words at `index` sit in an instruction: "give motrin", "PSA: no honey", "Narcan in every house". */
function instructs(text: string, index: number, end: number): boolean {
  const before = openingOfClause(text, index);
  if (HEALTH_VERB.test(before)) return true;
  if (/^(?:a |an |the )?$/i.test(before)) return !NARRATION.test(text.slice(end, end + 60).replace(/^[^\w]*/, ''));
  return false;
}

export default defineRule({
  id: 'medical-advice',
  category: 'prof.medical_advice',
  severity: 'warning',
  title: 'Medical advice to the public',
  scope: 'document',
  note: "Don't give medical advice or read scans sent by the public; refer them to their own doctor. Answering creates a physician-patient relationship, and a phone is not a diagnostic monitor.",
  check({ text }) {
    const candidates: RuleMatch[] = [];
    const add = (start: number, end: number, message: string) => candidates.push({ start, end, message });
    for (const m of matchAll(text, OFFER_TO_READ)) {
      const sentence = sentenceOf(text, m.index, m.index + m[0].length);
      const lead = text.slice(Math.max(0, m.index - 40), m.index);
      if (REFUSED.test(lead) || TRAINEES.test(sentence)) continue;
      add(m.index, m.index + m[0].length, `"${m[0]}" offers to read a member of the public's images or symptoms.`);
    }
    for (const m of matchAll(text, DIRECTIVE)) {
      const sentence = sentenceOf(text, m.index, m.index + m[0].length);
      if (!speaksToReader(sentence)) continue;
      add(m.index, m.index + m[0].length, `"${m[0]}" tells a member of the public what to do about their health.`);
    }
    const reply = replyHandleAt(text) >= 0;
    if (reply && !DECLINE.test(text)) {
      for (const m of matchAll(text, DIAGNOSIS_FOR_FOLLOWER)) add(m.index, m.index + m[0].length, `"${m[0]}" interprets a follower's findings.`);
    }
    if (!FOR_CLINICIANS.test(text)) adviceToThePublic(text, reply, add);
    // One finding per sentence, the first in it: the panel shows what to fix, not every way it is wrong.
    const found: RuleMatch[] = [];
    const flaggedSentences = new Set<number>();
    for (const c of candidates.sort((a, b) => a.start - b.start)) {
      const sentence = sentenceRange(text, c.start, c.end).start;
      if (flaggedSentences.has(sentence)) continue;
      flaggedSentences.add(sentence);
      found.push(c);
    }
    return found;
  },
});

/** Treatment, care directions and reassurance told to readers who are the public. */
function adviceToThePublic(text: string, reply: boolean, add: (start: number, end: number, message: string) => void): void {
  const toPublic = reply || LAY.test(text);
  const aside = (start: number, end: number) => {
    const sentence = sentenceOf(text, start, end);
    return DECLINE.test(sentence) || TRAINEES.test(sentence);
  };
  const addressed = (start: number, end: number) =>
    toPublic || SECOND_PERSON.test(neighbourhoodOf(text, start, end)) || APPEAL.test(text.slice(start, end + 80));
  let health: boolean | undefined;
  const aboutHealth = () => (health ??= lexiconMatches(text, HEALTH_CONTEXT).length > 0);
  for (const m of lexiconMatches(text, TREATMENT)) {
    const end = m.index + m[0].length;
    const sentence = sentenceOf(text, m.index, end);
    // An instruction with a dose is advice to whoever reads it: "just take paracetamol 1g every 4 hours".
    const dosed = HEALTH_VERB.test(openingOfClause(text, m.index)) && lexiconMatches(sentence, DOSES).length > 0;
    if (aside(m.index, end) || !(addressed(m.index, end) || dosed)) continue;
    const told = instructs(text, m.index, end) || YOU_SHOULD.test(sentence) || (reply && !FIRST_PERSON.test(sentence) && lexiconMatches(m[0], DOSES).length > 0);
    if (told) add(m.index, end, `"${m[0]}": telling a member of the public what to take or do is medical advice.`);
  }
  for (const m of lexiconMatches(text, CARE_DIRECTIONS)) {
    const end = m.index + m[0].length;
    if (aside(m.index, end) || !addressed(m.index, end) || !(toPublic || aboutHealth())) continue;
    // An instruction, not a story: "bring her in", not "her mother walked 2 hours to bring her in" or "had to go to the ER".
    if (/^(?:bring|take)\b/i.test(m[0]) && !/^(?:if\b.*|then |just |)$/i.test(openingOfClause(text, m.index))) continue;
    add(m.index, end, `"${m[0]}": telling a member of the public when to seek care is medical advice.`);
  }
  for (const m of lexiconMatches(text, REASSURANCES)) {
    const end = m.index + m[0].length;
    if (aside(m.index, end) || !addressed(m.index, end) || !(reply || aboutHealth())) continue;
    add(m.index, end, `"${m[0]}": reassuring a member of the public about their own health is medical advice.`);
  }
}
