import { internalLinks, IPV6 } from '../links';
import { mentionsCase, mentionsEvent, sentenceOf } from '../subject';
import { matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

/** File names and folders of images, studies and cases. */
const CASE_FILES = /^(?:dicom|dcm|case|scan|stud(?:y|ies)|ct|mri?|xr|x-?ray|cxr|us$|ultrasound|angio|images?|img|jpe?g$|png$|heic$|mp4$|mov$|pptx?$|pdf$|referral|pt$|patient)/i;

/**
 * A shared file or folder counts unless everything says it is not a case's: no case words in its
 * sentence or its path, and an event (slides of a talk, a course) said instead.
 */
function sharesCaseFiles(text: string, start: number, end: number, link: string): boolean {
  const sentence = sentenceOf(text, start, end);
  if (mentionsCase(sentence, text) || link.split(/[/_.\-?=&:]+/).some((part) => CASE_FILES.test(part))) return true;
  return !mentionsEvent(sentence);
}

export default defineRule({
  id: 'internal-link',
  category: 'phi.url',
  severity: 'error',
  title: 'Link into records, PACS or a portal',
  note: 'Links and addresses that point into patient records, PACS, portals or internal systems identify the study and tell everyone where to find it.',
  check({ text }) {
    const found: RuleMatch[] = [];
    for (const { start, end, link, ip, cloudShare } of internalLinks(text)) {
      if (cloudShare && !sharesCaseFiles(text, start, end, link)) continue;
      found.push({
        start,
        end,
        message: ip
          ? `"${link}" is an IP address, which points into an internal system.`
          : cloudShare
            ? `"${link}" shares this case's files: anyone with the link can open them.`
            : `"${link}" points into a patient record or internal system.`,
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
