import { RULES } from './rules';
import { normalizeText } from './text';
import type { AnalysisContext, Finding, Rule, Suggestion } from './types';

export type { AnalysisContext, Category, Finding, Platform, Rule, Severity, Suggestion, Surface } from './types';
export { CATEGORY_IDS, PLATFORMS } from './types';
export { CATEGORIES } from './categories';
export { RULES, ruleById } from './rules';

/**
 * Checks a draft and returns its findings, ordered by position. Pure and synchronous: no DOM, no
 * storage, no network. Offsets are UTF-16 code units into `text` as given.
 */
export function analyze(text: string, context: AnalysisContext = {}): Finding[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const normalized = normalizeText(text);
  const disabled = new Set(context.disabledRules ?? []);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (disabled.has(rule.id)) continue;
    for (const match of rule.check(normalized.text, context)) {
      const start = normalized.toOriginal(match.start);
      const end = normalized.toOriginal(match.end);
      if (end <= start) continue;
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: context.severities?.[rule.id] ?? rule.severity,
        message: match.message,
        start,
        end,
        actual: text.slice(start, end),
        suggestions: (match.suggestions ?? []).map((s) => mapSuggestion(s, normalized.toOriginal)),
        note: rule.note,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || byRuleOrder(a, b));
}

function mapSuggestion(s: Suggestion, toOriginal: (offset: number) => number): Suggestion {
  return { ...s, start: toOriginal(s.start), end: toOriginal(s.end) };
}

const RULE_ORDER = new Map(RULES.map((rule: Rule, i) => [rule.id, i]));
function byRuleOrder(a: Finding, b: Finding): number {
  return (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0);
}
