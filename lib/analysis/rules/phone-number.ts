import { findNumbers } from 'libphonenumber-js/max';
import { clauseBefore, dropOverlaps, isAllowed, matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

/** A local number with no area code is only a phone number when the words around it say so. */
const LOCAL_NUMBER = /(?<![\d\-.])\b\d{3}[-. ]\d{4}\b(?![\-.]?\d)/g;
const PHONE_CUES = /\b(?:call|calls|called|calling|phone|cell|mobile|tel|text|texts|fax|faxed|number|reach|contact|dial|ph|pager|beeper)\b|#\s*$/i;

/** Numbers that belong to the author's practice or a public service rather than to a patient. */
const BUSINESS_CUES = /\b(?:(?:my|our)\s+(?:office|clinic|practice|front desk|scheduling|department|main line|team)|call us|book(?:ing)?|appointments?|scheduling|office line|clinic line|hotline|helpline|crisis line|lifeline)\b/i;
const TOLL_FREE = /^\+1(?:800|888|877|866|855|844|833)/;
const ID_KEYWORD_BEFORE = /\b(?:MRN|acc(?:ession)?|acct|account|UID|serial|member|policy|ID|PMID|DOI|CPT|ICD)\b[^A-Za-z]{0,6}$/i;

export default defineRule({
  id: 'phone-number',
  category: 'phi.contact',
  severity: 'error',
  title: 'Phone or fax number',
  note: 'Phone and fax numbers are HIPAA identifiers: a patient or family can be reached and named from one.',
  check({ text, context }) {
    const candidates: Array<{ start: number; end: number; e164?: string }> = [];
    for (const n of findNumbers(text, { defaultCountry: 'US', v2: true })) {
      candidates.push({ start: n.startsAt, end: n.endsAt, e164: n.number.number });
    }
    for (const m of matchAll(text, LOCAL_NUMBER)) {
      if (PHONE_CUES.test(clauseBefore(text, m.index, 50))) candidates.push({ start: m.index, end: m.index + m[0].length });
    }
    const found: RuleMatch[] = [];
    for (const c of dropOverlaps(candidates)) {
      const actual = text.slice(c.start, c.end);
      const before = clauseBefore(text, c.start, 60);
      if (isAllowed(actual, context.allowList)) continue;
      if (c.e164 && TOLL_FREE.test(c.e164)) continue;
      if (BUSINESS_CUES.test(before) || ID_KEYWORD_BEFORE.test(before)) continue;
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
