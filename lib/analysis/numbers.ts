/** Spelled-out numbers up to 199, as people write ages ("ninety-two", "a hundred and one"). */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNIT_WORDS = UNITS.slice(1).sort((a, b) => b.length - a.length).join('|');
const TEN_WORDS = TENS.join('|');
const BELOW_HUNDRED = `(?:(?:${TEN_WORDS})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNIT_WORDS})`;

/** A regular-expression source for a spelled-out number below 200 (no groups). */
export const NUMBER_WORDS = `(?:(?:a|one) hundred(?:(?: and)? ${BELOW_HUNDRED})?|${BELOW_HUNDRED})`;

/** The value of digits ("68", "1.5") or a spelled-out number; NaN when it is neither. */
export function parseNumber(raw: string): number {
  const s = raw.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  for (const word of s.split(/[\s-]+/)) {
    if (word === 'and' || word === 'a') continue;
    if (word === 'hundred') {
      total = (total || 1) * 100;
      continue;
    }
    const unit = UNITS.indexOf(word);
    const ten = TENS.indexOf(word);
    if (unit >= 0) total += unit;
    else if (ten >= 0) total += (ten + 2) * 10;
    else return NaN;
  }
  return total;
}
