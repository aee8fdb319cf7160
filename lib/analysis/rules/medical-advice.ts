import { remembered, sentenceOf } from '../subject';
import { matchAll } from '../text';
import { defineRule, type RuleMatch } from '../types';

const IMAGES = String.raw`(?:MRI|CT|scans?|images?|x-?rays?|disc|CDs?|reports?|findings|results|symptoms|screenshots?|films?|key image)`;
/** Offering to read the public's images: "DM me the CD", "comment your MRI findings and I'll explain". */
const OFFER_TO_READ = new RegExp(
  [
    String.raw`\b(?:DM|dm|send|mail|upload|comment|post|drop|share|email|message|show)\b[^.!?\n]{0,40}\b${IMAGES}\b[^.!?\n]{0,60}\b(?:I['’]ll|I will|and I|to me|below|for free)\b`,
    String.raw`\b(?:DM|send|mail|upload|email)\s+(?:me|it to me)\b[^.!?\n]{0,30}\b${IMAGES}`,
    String.raw`\b(?:send|upload|DM)\s+(?:it|them)\s+to\s+me\b`,
    String.raw`\bI['’]ll\s+(?:take a (?:proper |quick )?look|tell you (?:if|which|what)|explain what (?:they|it) means?|record a personal|read (?:it|them|your))`,
  ].join('|'),
  'gi',
);
/** Telling a member of the public what to do about their own health. */
const DIRECTIVE = /\b(?:skip|avoid|ignore|refuse|demand|go straight to|don['’]t (?:bother with|get|need|wait for)|(?:you )?(?:can )?safely ignore|you['’]ll never need|only get an?|insist on|drink|stop taking|(?:go )?get (?:an?|the|your)|ask for (?:an?|the))\b[^.!?\n]{0,60}\b(?:ER|ED|ultrasound|MRI|CT|x-?ray|biopsy|follow-?up|dermatologist|doctor|scan|mammogram|second read|surgery|imaging|it|water|kidney stone|medication)\b/gi;
const READER = /\b(?:you|your|yours|if you)\b|^\s*(?:skip|avoid|ignore|drink|demand|go)\b/i;
/** Replies that diagnose a follower: "@mike_d83 that's almost certainly a benign hemangioma". */
const DIAGNOSIS_FOR_FOLLOWER = /\b(?:sounds? like|almost certainly|definitely (?:a|an)|probably just|looks like (?:a|an)|I['’]d skip|you (?:don['’]t )?need (?:a|an|the))\b/gi;
const DECLINE = /\b(?:can['’]?t|cannot|won['’]t|don['’]t|unable to|not able to)\s+(?:read|review|look at|interpret|comment on|give)\b|ask your (?:own )?doctor|talk (?:to|with) your (?:own )?doctor|the radiologist who read your/i;
const TRAINEES = /\b(?:residents?|trainees?|fellows?|students?|#RadRes|#MedEd|on call|your attending|dictat\w+|your report|the surgeon)\b/i;
/** The sentence addresses a member of the public, neither declining to advise nor teaching trainees. */
const speaksToReader = remembered((sentence) => READER.test(sentence) && !DECLINE.test(sentence) && !TRAINEES.test(sentence));

export default defineRule({
  id: 'medical-advice',
  category: 'prof.medical_advice',
  severity: 'warning',
  title: 'Medical advice to the public',
  note: "Don't give medical advice or read scans sent by the public; refer them to their own doctor. Answering creates a physician-patient relationship, and a phone is not a diagnostic monitor.",
  check({ text }) {
    const found: RuleMatch[] = [];
    for (const m of matchAll(text, OFFER_TO_READ)) {
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" offers to read a member of the public's images or symptoms.` });
    }
    for (const m of matchAll(text, DIRECTIVE)) {
      const sentence = sentenceOf(text, m.index, m.index + m[0].length);
      if (!speaksToReader(sentence)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" tells a member of the public what to do about their health.` });
    }
    if (/^\s*(?:Replying to\s+)?@\w+/.test(text) && !DECLINE.test(text)) {
      for (const m of matchAll(text, DIAGNOSIS_FOR_FOLLOWER)) {
        found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" interprets a follower's findings.` });
      }
    }
    return found;
  },
});
