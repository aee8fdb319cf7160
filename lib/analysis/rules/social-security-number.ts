import { clauseBefore, matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

const SSN = /(?<![\d-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-])/g;
const SSN_CUE = /\b(?:SSN|SS#|social(?: security)?(?: number| no\.?| #)?|SSA)\b\s*[:#]?\s*$/i;

/** The SSA's rules: no area 000, 666 or 9xx, no group 00, no serial 0000. */
export function isValidSsn(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

export default defineRule({
  id: 'social-security-number',
  category: 'phi.id',
  severity: 'error',
  title: 'Social Security number',
  note: 'Social Security numbers are HIPAA identifiers and open the door to identity theft.',
  check({ text }) {
    const found: RuleMatch[] = [];
    for (const m of matchAll(text, SSN)) {
      const [, area, separator, group, serial] = m as unknown as [string, string, string, string, string];
      if (!isValidSsn(area, group, serial)) continue;
      // Nine bare digits are an SSN only when the words say so; dashed they are one by their shape.
      if (separator !== '-' && !SSN_CUE.test(clauseBefore(text, m.index, 30))) continue;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ start, end, message: `"${m[0]}" looks like a Social Security number.`, suggestions: [{ label: 'Remove the number', text: '', ...removalRange(text, start, end) }] });
    }
    return found;
  },
});
