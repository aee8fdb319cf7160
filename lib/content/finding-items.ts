import { categoryGroup, GROUPS, type CategoryGroup } from '../analysis/categories';
import type { Finding, Severity, Suggestion } from '../analysis/types';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One flagged stretch of the draft with everything said about it: "68M" is an age and a sex, but
 * one underline, one card and one fix. A missing disclaimer is about the whole post, so it is an
 * item of its own that is never underlined.
 */
export interface FindingItem {
  key: string;
  start: number;
  end: number;
  /** Most severe first. */
  findings: Finding[];
  severity: Severity;
  group: CategoryGroup;
  /** The fix offered first: the most severe finding's first suggestion. */
  fix: { finding: Finding; index: number; suggestion: Suggestion } | undefined;
  /** About the whole post rather than these words. */
  wholePost: boolean;
}

const isWholePost = (finding: Finding): boolean => finding.ruleId === 'disclaimer-missing';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function makeItem(findings: Finding[]): FindingItem {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const first = sorted[0]!;
  const start = Math.min(...sorted.map((f) => f.start));
  const end = Math.max(...sorted.map((f) => f.end));
  let fix: FindingItem['fix'];
  for (const finding of sorted) {
    const suggestion = finding.suggestions[0];
    if (suggestion) {
      fix = { finding, index: 0, suggestion };
      break;
    }
  }
  return {
    key: `${first.ruleId}:${start}:${end}`,
    start,
    end,
    findings: sorted,
    severity: first.severity,
    group: categoryGroup(first.category),
    fix,
    wholePost: isWholePost(first),
  };
}

const itemsOf = new WeakMap<readonly Finding[], FindingItem[]>();

/**
 * Findings that share words become one item; items in reading order. The badge, list, card,
 * underlines and placement all ask for the items of the same findings: they are made once.
 */
export function findingItems(findings: readonly Finding[]): FindingItem[] {
  let items = itemsOf.get(findings);
  if (!items) itemsOf.set(findings, (items = makeItems(findings)));
  return items;
}

function makeItems(findings: readonly Finding[]): FindingItem[] {
  const clusters: Finding[][] = [];
  const byStart = [...findings].filter((f) => !isWholePost(f)).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const finding of byStart) {
    const last = clusters.at(-1);
    if (last && last.some((f) => overlaps(f, finding))) last.push(finding);
    else clusters.push([finding]);
  }
  const items = clusters.map(makeItem);
  for (const finding of findings) if (isWholePost(finding)) items.push(makeItem([finding]));
  return items;
}

/** Items grouped by what they are about, patient details first; most severe first within a group. */
export function groupedItems(items: readonly FindingItem[]): Array<{ group: CategoryGroup; title: string; items: FindingItem[] }> {
  const order: CategoryGroup[] = ['patient', 'professional', 'post'];
  return order
    .map((group) => ({
      group,
      title: GROUPS[group].title,
      items: items.filter((item) => item.group === group).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start),
    }))
    .filter((g) => g.items.length > 0);
}

/** "5 patient details · 1 other", or "No issues found"; `inFiles` counts patient details found in attachments. */
export function itemSummary(items: readonly FindingItem[], inFiles = 0): string {
  if (items.length === 0 && inFiles === 0) return 'No issues found';
  const patient = items.filter((i) => i.group === 'patient').length + inFiles;
  const other = items.length + inFiles - patient;
  const parts: string[] = [];
  if (patient) parts.push(`${patient} patient ${patient === 1 ? 'detail' : 'details'}`);
  if (other) parts.push(patient ? `${other} other` : `${other} ${other === 1 ? 'issue' : 'issues'}`);
  return parts.join(' · ');
}

/** Items whose severity holds the post back. */
export const guardedItems = (items: readonly FindingItem[]): FindingItem[] => items.filter((i) => i.severity === 'error');
