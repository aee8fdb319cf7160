import { clauseBefore, matchAll } from '../text';
import { replyHandleAt } from '../subject';
import { siteRow } from '../../sites/table';
import { defineRule, type RuleMatch } from '../types';

const DATED = new RegExp(
  [
    String.raw`\b(?:this|last|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter|season|weekend|night)(?:['’]s)?\b`,
    String.raw`\b(?:yesterday|today|tonight|this morning|right now|currently|latest|brand new|just dropped)\b`,
    String.raw`\bnew (?:video|episode) every \w+\b`,
    String.raw`\bweek of \d{1,2}/\d{1,2}\b`,
    String.raw`(?<![\w/.:-])(?:19|20)\d{2}(?![\w/.-])`,
    String.raw`\b(?:Thanksgiving|Christmas(?! disease)|Halloween|New Year['’]?s?|Easter|Fourth of July|Valentine['’]?s|Black Friday|election|flu season)\b`,
    // A weekday dates a video when it names one day ("on Monday", "Saturday's game"), not a habit ("every Sunday", "a typical Wednesday", "on Sundays", "Monday to Friday").
    String.raw`\b(?<!\b(?:every(?: other| second| third)?|a typical|any|each|most|a|one|weekends)\s)(?<!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s?(?:and|or|to|through|thru|till|until|–|—|-)\s?)(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s\b)(?!(?: (?:and|or|&) \w+day)? (?:mornings|afternoons|evenings|nights)\b)(?!\s?(?:to|through|thru|till|until|–|—|-)\s?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))`,
  ].join('|'),
  'gi',
);
const CITATION_BEFORE = /\b(?:doi|pmid|et al\.?|AJR|AJNR|RadioGraphics|Radiology|JACR|NEJM|JAMA|Lancet|published|since|from|copyright|©)\s*[.,;:]?\s*$/i;

export default defineRule({
  id: 'evergreen',
  category: 'prof.evergreen',
  severity: 'info',
  title: 'Dated video title or description',
  note: 'Make videos evergreen: "this month", a year or a holiday dates the video the day the calendar turns.',
  scope: 'document',
  check({ text, context }) {
    if (!siteRow(context.platform)?.evergreen) return [];
    if (context.surface && context.surface !== 'title' && context.surface !== 'description' && context.surface !== 'caption') return [];
    if (!context.surface && replyHandleAt(text) >= 0) return []; // a comment reply
    const found: RuleMatch[] = [];
    for (const m of matchAll(text, DATED)) {
      if (/^\d{4}$/.test(m[0]) && CITATION_BEFORE.test(clauseBefore(text, m.index, 30))) continue;
      if (text[m.index - 1] === '#') continue;
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" will date this video.` });
    }
    return found;
  },
});
