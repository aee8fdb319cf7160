import { internalLinks, IPV6 } from '../links';
import { matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

export default defineRule({
  id: 'internal-link',
  category: 'phi.url',
  severity: 'error',
  title: 'Link into records, PACS or a portal',
  note: 'Links and addresses that point into patient records, PACS, portals or internal systems identify the study and tell everyone where to find it.',
  check({ text }) {
    const found: RuleMatch[] = [];
    for (const { start, end, link, ip } of internalLinks(text)) {
      found.push({
        start,
        end,
        message: ip ? `"${link}" is an IP address, which points into an internal system.` : `"${link}" points into a patient record or internal system.`,
        suggestions: [{ label: 'Remove the link', text: '', ...removalRange(text, start, end) }],
      });
    }
    for (const m of matchAll(text, IPV6)) {
      if (!/[a-f]/i.test(m[0]) && m[0].split(':').length < 4) continue; // clock times such as 10:30
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" is an IP address, which points into an internal system.`, suggestions: [] });
    }
    return found;
  },
});
