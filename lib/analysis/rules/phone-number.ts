import { findNumbers } from 'libphonenumber-js/max';
import { noPatientFor, sentenceOf } from '../subject';
import { clauseBefore, dropOverlaps, isAllowed, matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

/**
 * A run of digits shaped like a phone number in any country's format ("0490 75 40 81",
 * "(37) 788-063", "03.93.92.16.85", "+1-903-140-4508x769"). It is only taken for one when the
 * words around say so or it starts with "+", since the shape alone also fits other numbers.
 */
const PHONE_SHAPE = /(?<![\w.+\/-])(?:\+\s?)?\(?\d{1,4}\)?(?:[ .-]{0,2}\(?\d{1,5}\)?){1,5}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w\/]|-\d|\.\d)/g;
const PHONE_CUES = /\b(?:call|calls|called|calling|callback|call-back|phone|cell|mobile|desk|tel|telephone|text|texts|fax|faxed|number|numbr|num|reach|contact|dial|ph|pager|beeper|answering at|messages to|registered|whatsapp)\b(?:[^.!?]|[.!?](?!\s)){0,50}$|#\s*$/i;
/** A local number ("555-0187") in a sentence about a patient's family: their phone. */
const LOCAL_NUMBER = /^\d{3}[-. ]\d{4}$/;
const FAMILY_OR_PATIENT = /\b(?:mom|mum|dad|family|wife|husband|son|daughter|sister|brother|grandson|granddaughter|grandma|grandpa|parents?|pt|patient|card|he['’]s at|she['’]s at|they['’]re at)\b/i;
const PHONE_LABEL_AFTER = /^[\s-]*(?:office|fax|mobile|cell|home|work|desk)\b/i;

/** Numbers that belong to the author's practice or a public service rather than to a patient. */
const BUSINESS_CUES = /\b(?:office(?=\s*:)|switchboard|(?:on-call|call|main|office|clinic|booking|enquiries|after-hours|advice|appointment|hospital)\s+(?:line|number)(?:\s+(?:is|changed to))?|(?:my|our)\s+(?:office|clinic|practice|front desk|scheduling|department|main line|team)|call us|book(?:ing)?|appointments?|scheduling|schedulers?|office line|clinic line|hotline|helpline|crisis line|lifeline)\b/i;
/** Said right after the number: "(that's the department line, not a personal number)". */
const BUSINESS_AFTER = /^[\s,(-]*(?:(?:that['’]s\s+)?(?:the\s+)?(?:department|main|office|clinic|front desk|scheduling|reception)\s+(?:line|number|desk)\b|to (?:book|schedule|make an appointment)\b|for (?:appointments|bookings|enquiries|inquiries)\b)/i;
/** A phone number read out in words: "five five five, oh one two six", "oh seven seven oh oh, nine double oh…". */
const DIGIT_WORD = String.raw`(?:(?:double|triple) )?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
const SPELLED_PHONE = new RegExp(String.raw`\b${DIGIT_WORD}\b(?:[\s,.-]{1,4}${DIGIT_WORD}\b){5,}`, 'gi');
const spelledDigitCount = (words: string): number =>
  (words.toLowerCase().match(/(?:double|triple)\s+\w+|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/g) ?? []).reduce((n, w) => n + (w.startsWith('double') ? 2 : w.startsWith('triple') ? 3 : 1), 0);
const TOLL_FREE = /^\+1(?:800|888|877|866|855|844|833)/;
const ID_KEYWORD_BEFORE = /\b(?:MRN|acc(?:ession)?|acct|account|UID|serial|member|policy|ID|PMID|DOI|CPT|ICD|claim|NHS|Medicare|Medicaid|UHID|health card|IP|no)\b\.?[^A-Za-z]{0,6}$/i;

/**
 * libphonenumber tries every group of digits in a run of them ("1 1 1 …") several ways, at some
 * 20 µs a try, and reads a long run of commas or spaces after a number over and over looking for an
 * extension. Drafts need far fewer tries than one per 40 characters (the corpus at most 18 in a
 * draft), so it gets that budget; and separator runs longer than any number needs are broken in the
 * middle, keeping their length so offsets hold.
 */
const triesFor = (text: string): number => 100 + Math.ceil(text.length / 40);
const LONG_SEPARATOR_RUN = /[ \u00A0\t,-]{17,}/g;

function withLongSeparatorRunsBroken(text: string): string {
  return text.replace(LONG_SEPARATOR_RUN, (run) => run.slice(0, 8) + '\n'.repeat(run.length - 16) + run.slice(-8));
}

/** Drops a bracket the number does not close: "(555-0162)" is the number 555-0162 in brackets. */
function balanced(start: number, shape: string): { start: number; shape: string } {
  if (/^\([^()]*\)$/.test(shape)) return { start: start + 1, shape: shape.slice(1, -1) };
  const opens = (shape.match(/\(/g) ?? []).length;
  const closes = (shape.match(/\)/g) ?? []).length;
  if (opens > closes && shape.startsWith('(')) return { start: start + 1, shape: shape.slice(1) };
  if (closes > opens && shape.endsWith(')')) return { start, shape: shape.slice(0, -1) };
  return { start, shape };
}

export default defineRule({
  id: 'phone-number',
  category: 'phi.contact',
  severity: 'error',
  title: 'Phone or fax number',
  note: 'Phone and fax numbers are HIPAA identifiers: a patient or family can be reached and named from one.',
  check({ text, context, noPatientInDraft }) {
    // The practice's own notice, a teaching frame, the author's own life: the number is not a patient's.
    if (noPatientFor({ text, context, noPatientInDraft })) return [];
    const candidates: Array<{ start: number; end: number; e164?: string }> = [];
    // libphonenumber's matcher reads maxTries, though its type declarations leave it out.
    const options = { defaultCountry: 'US' as const, v2: true as const, maxTries: triesFor(text) };
    for (const n of findNumbers(withLongSeparatorRunsBroken(text), options)) {
      candidates.push({ start: n.startsAt, end: n.endsAt, e164: n.number.number });
    }
    for (const m of matchAll(text, PHONE_SHAPE)) {
      const { start, shape } = balanced(m.index, m[0].replace(/[\s.-]+$/, ''));
      const digits = shape.replace(/\D/g, '').length;
      if (digits < 7 || digits > 15 || !/[\s.()+-]/.test(shape)) continue;
      const before = text.slice(Math.max(0, start - 60), start);
      const cued =
        PHONE_CUES.test(before.replace(/\n/g, ' ')) ||
        PHONE_LABEL_AFTER.test(text.slice(start + shape.length)) ||
        (LOCAL_NUMBER.test(shape) && FAMILY_OR_PATIENT.test(sentenceOf(text, start, start + shape.length)));
      if (cued || shape.startsWith('+')) candidates.push({ start, end: start + shape.length });
    }
    for (const m of matchAll(text, SPELLED_PHONE)) {
      if (spelledDigitCount(m[0]) >= 7) candidates.push({ start: m.index, end: m.index + m[0].length });
    }
    const found: RuleMatch[] = [];
    for (const c of dropOverlaps(candidates)) {
      const actual = text.slice(c.start, c.end);
      const before = clauseBefore(text, c.start, 60);
      if (isAllowed(actual, context.allowList)) continue;
      if (c.e164 && TOLL_FREE.test(c.e164)) continue;
      if (BUSINESS_CUES.test(before) || ID_KEYWORD_BEFORE.test(before) || BUSINESS_AFTER.test(text.slice(c.end, c.end + 50))) continue;
      const fax = /\bfax/i.test(before);
      found.push({
        start: c.start,
        end: c.end,
        message: `"${actual}" is a ${fax ? 'fax' : 'phone'} number.`,
        suggestions: [{ label: 'Remove the number', text: '', ...removalRange(text, c.start, c.end) }],
      });
    }
    return found;
  },
});
