/**
 * Runs one rule through the whole engine (normalisation, offset mapping) on valid and invalid
 * fixtures, in the manner of ESLint's RuleTester.
 */
import { describe, expect, it } from 'vitest';
import { analyze, RULES, type AnalysisContext, type Finding } from '@/lib/analysis';

export interface InvalidCase {
  text: string;
  context?: AnalysisContext;
  /** The flagged words, in order. */
  found: string[];
  /** The draft after applying the first finding's first suggestion. */
  output?: string;
  /** A fragment of the first finding's message. */
  message?: string;
}

export type ValidCase = string | { text: string; context?: AnalysisContext };

export function applySuggestion(text: string, finding: Finding, index = 0): string {
  const suggestion = finding.suggestions[index];
  if (!suggestion) throw new Error(`no suggestion ${index} for "${finding.actual}"`);
  return text.slice(0, suggestion.start) + suggestion.text + text.slice(suggestion.end);
}

export function runRule(ruleId: string, text: string, context: AnalysisContext = {}): Finding[] {
  const others = RULES.filter((rule) => rule.id !== ruleId).map((rule) => rule.id);
  return analyze(text, { ...context, disabledRules: others });
}

export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${ruleId}`, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => (typeof c === 'string' ? { text: c } : c)))('passes: $text', ({ text, context }) => {
        expect(runRule(ruleId, text, context).map((f) => f.actual)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid)('flags: $text', ({ text, context, found, output, message }) => {
        const findings = runRule(ruleId, text, context);
        expect(findings.map((f) => f.actual)).toEqual(found);
        for (const f of findings) {
          expect(text.slice(f.start, f.end)).toBe(f.actual);
          expect(f.ruleId).toBe(ruleId);
          expect(f.message).not.toBe('');
          for (const s of f.suggestions) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeGreaterThanOrEqual(s.start);
            expect(s.end).toBeLessThanOrEqual(text.length);
            // A suggestion replaces the flagged words, or (like adding a disclaimer) inserts text elsewhere.
            expect((s.start <= f.start && s.end >= f.end) || s.start === s.end).toBe(true);
          }
        }
        if (message) expect(findings[0]!.message).toContain(message);
        if (output !== undefined) expect(applySuggestion(text, findings[0]!)).toBe(output);
      });
    });
  });
}
