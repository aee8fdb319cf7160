import { matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

/** 13 to 19 digits, in groups of up to six separated by spaces or dashes. */
const CARD = /(?<![\d-])(?:\d[ -]?){11,18}\d(?![\d-])/g;
const ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|22)|35|62)/;
/** With a card word before it, any Luhn-valid number of 12 to 19 digits is a card (JCB, Maestro…). */
const CARD_CUE = /\b(?:card|cc|credit|debit|visa|mastercard|amex|maestro|jcb|discover)\b[^.!?\n]{0,20}$/i;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export default defineRule({
  id: 'payment-card',
  category: 'phi.id',
  severity: 'error',
  title: 'Payment card number',
  note: 'Card and account numbers are HIPAA identifiers.',
  check({ text }) {
    const found: RuleMatch[] = [];
    for (const m of matchAll(text, CARD)) {
      const digits = m[0].replace(/\D/g, '');
      const cued = CARD_CUE.test(text.slice(Math.max(0, m.index - 30), m.index));
      if (!passesLuhn(digits) || !(cued || (digits.length >= 13 && ISSUER.test(digits)))) continue;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ start, end, message: 'This looks like a payment card number.', suggestions: [{ label: 'Remove the number', text: '', ...removalRange(text, start, end) }] });
    }
    return found;
  },
});
