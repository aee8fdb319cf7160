import { parseTerms, type Term } from './nlp';
import { RULES } from './rules';
import { framedWithoutPatient } from './subject';
import { normalizeText } from './text';
import { forgetToneFeatures } from './tone-model';
import type { AnalysisContext, EarlierMatch, Finding, Rule, RuleInput, RuleMatch, Suggestion } from './types';

export type { AnalysisContext, Category, Finding, Platform, Rule, Severity, Suggestion, Surface } from './types';
export { CATEGORY_IDS, PLATFORMS } from './types';
export { CATEGORIES, GROUPS, SEVERITY_LABELS, categoryGroup, type CategoryGroup } from './categories';
export { RULES, ruleById } from './rules';

/** Drafts are checked up to this many UTF-16 code units; the rest is not read. */
export const MAX_CHECKED_LENGTH = 200_000;

/** Whether only the first MAX_CHECKED_LENGTH characters of `text` are checked. */
export function isTruncated(text: string): boolean {
  return text.length > MAX_CHECKED_LENGTH;
}

const PARAGRAPH_RULES = RULES.filter((rule) => rule.scope !== 'document');
const DOCUMENT_RULES = RULES.filter((rule) => rule.scope === 'document');
/** Rules that judge what a draft lacks, which cannot be judged from its first part. */
const ABSENCE_RULES = new Set(['disclaimer-missing']);
const RULE_ORDER = new Map(RULES.map((rule: Rule, i) => [rule.id, i]));

/** Paragraph results by context and paragraph text: an edit re-checks only the paragraph it touched. */
const PARAGRAPH_CACHE_SIZE = 2000;
/** Paragraphs end at a blank line; the blank line is kept as its own piece so offsets add up. */
const PARAGRAPH_BREAK = /(\n[ \t]*\n\s*)/;
const paragraphCache = new Map<string, EarlierMatch[]>();

/**
 * Checks a draft (its first MAX_CHECKED_LENGTH characters) and returns its findings, ordered by
 * position. Pure and synchronous: no DOM, no storage, no network. Offsets are UTF-16 code units into
 * `text` as given. Never throws.
 */
export function analyze(text: string, context: AnalysisContext = {}): Finding[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const truncated = isTruncated(text);
  const normalized = normalizeText(checkedPart(text));
  const disabled = new Set(context.disabledRules ?? []);
  // A YouTube title and its description are two paragraphs of one draft: who is in it is read from all of it.
  const noPatientInDraft = !context.assumePatient && framedWithoutPatient(normalized.text);
  const matches = [...paragraphMatches(normalized.text, context, noPatientInDraft)];
  const documentRules = truncated ? DOCUMENT_RULES.filter((rule) => !ABSENCE_RULES.has(rule.id)) : DOCUMENT_RULES;
  matches.push(...runRules(documentRules, input(normalized.text, context, noPatientInDraft), matches));

  const allowed = new Set((context.allowList ?? []).map((word) => word.trim().toLowerCase()).filter(Boolean));
  const findings: Finding[] = [];
  for (const match of matches) {
    if (disabled.has(match.ruleId)) continue;
    const rule = RULES[RULE_ORDER.get(match.ruleId)!]!;
    const start = normalized.toOriginal(match.start);
    const end = normalized.toOriginal(match.end);
    if (end <= start || (allowed.size > 0 && allowed.has(text.slice(start, end).toLowerCase()))) continue;
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
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || RULE_ORDER.get(a.ruleId)! - RULE_ORDER.get(b.ruleId)!);
}

/** The first MAX_CHECKED_LENGTH characters of `text`, one fewer rather than half a surrogate pair. */
function checkedPart(text: string): string {
  if (!isTruncated(text)) return text;
  const last = text.charCodeAt(MAX_CHECKED_LENGTH - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_CHECKED_LENGTH - 1 : MAX_CHECKED_LENGTH);
}

/** Forgets cached paragraph results (for benchmarks that measure a cold check). */
export function clearAnalysisCache(): void {
  paragraphCache.clear();
  forgetToneFeatures();
}

function input(text: string, context: AnalysisContext, noPatientInDraft: boolean): RuleInput {
  let terms: Term[] | undefined;
  return { text, context, terms: () => (terms ??= parseTerms(text)), noPatientInDraft };
}

/** Runs rules in order; each sees what the rules before it found (document rules build on each other). */
function runRules(rules: readonly Rule[], ruleInput: RuleInput, before: readonly EarlierMatch[]): EarlierMatch[] {
  const out: EarlierMatch[] = [];
  const earlier = [...before];
  for (const rule of rules) {
    let found: RuleMatch[];
    try {
      found = rule.check(ruleInput, earlier);
    } catch (error) {
      // One broken rule must not take the others down with it.
      console.error(`Safe Harbor rule ${rule.id} failed`, error);
      continue;
    }
    for (const m of found) {
      const match: EarlierMatch = { start: m.start, end: m.end, message: m.message, suggestions: m.suggestions, learned: m.learned, ruleId: rule.id, category: rule.category };
      out.push(match);
      earlier.push(match);
    }
  }
  return out;
}

function* paragraphMatches(text: string, context: AnalysisContext, noPatientInDraft: boolean): Generator<EarlierMatch> {
  const contextKey = JSON.stringify([context.platform, context.surface, context.allowList, context.assumePatient, context.disclaimer, context.toneModel, noPatientInDraft]);
  let offset = 0;
  for (const paragraph of text.split(PARAGRAPH_BREAK)) {
    if (paragraph.trim()) {
      const key = `${contextKey}\u0000${paragraph}`;
      let matches = paragraphCache.get(key);
      if (matches) {
        paragraphCache.delete(key);
      } else {
        matches = runRules(PARAGRAPH_RULES, input(paragraph, context, noPatientInDraft), []);
      }
      paragraphCache.set(key, matches);
      if (paragraphCache.size > PARAGRAPH_CACHE_SIZE) paragraphCache.delete(paragraphCache.keys().next().value!);
      for (const m of matches) yield shift(m, offset);
    }
    offset += paragraph.length;
  }
}

function shift(m: EarlierMatch, by: number): EarlierMatch {
  if (by === 0) return m;
  return {
    ...m,
    start: m.start + by,
    end: m.end + by,
    suggestions: m.suggestions?.map((s) => ({ ...s, start: s.start + by, end: s.end + by })),
  };
}

function mapSuggestion(s: Suggestion, toOriginal: (offset: number) => number): Suggestion {
  return { ...s, start: toOriginal(s.start), end: toOriginal(s.end) };
}
