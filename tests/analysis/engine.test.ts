import { describe, expect, it } from 'vitest';
import { analyze, CATEGORIES, CATEGORY_IDS } from '@/lib/analysis';

describe('analyze', () => {
  it('returns nothing for empty or blank drafts', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze('  \n\t ')).toEqual([]);
    expect(analyze(undefined as unknown as string)).toEqual([]);
  });

  it('returns findings in the documented shape', () => {
    const [finding] = analyze('Pt is a 68M');
    expect(finding).toEqual({
      ruleId: 'exact-age',
      category: 'phi.age',
      severity: 'error',
      message: '"68M" gives the patient\'s exact age.',
      start: 8,
      end: 11,
      actual: '68M',
      suggestions: expect.any(Array),
      note: expect.stringContaining('Avoid anything that reveals age'),
    });
  });

  it('orders findings by position', () => {
    const findings = analyze('MRN 00482913 for the 45 y/o, call 555-0134 or jdoe@mail.com');
    expect(findings.map((f) => f.ruleId)).toEqual(['record-number', 'exact-age', 'phone-number', 'email-address']);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('counts offsets in UTF-16 code units across emoji, ZWJ sequences and skin tones', () => {
    const text = '👩🏽‍⚕️🫁 Pt: 45 y/o 🧑‍🧑‍🧒';
    const [finding] = analyze(text);
    expect(text.slice(finding!.start, finding!.end)).toBe('45 y/o');
  });

  it('sees through zero-width characters and maps offsets back to the draft', () => {
    const text = 'M\u200BR\u200CN 0048\u200D2913 and 6\uFEFF8M';
    const findings = analyze(text);
    expect(findings.map((f) => [f.category, f.actual])).toEqual([
      ['phi.id', '0048\u200D2913'],
      ['phi.age', '6\uFEFF8M'],
      ['phi.gender', '6\uFEFF8M'],
    ]);
  });

  it('handles right-to-left text around a finding', () => {
    const text = 'مريض عمره 45 y/o في المستشفى';
    const [finding] = analyze(text);
    expect(finding?.actual).toBe('45 y/o');
  });

  it('treats markup in a draft as plain text', () => {
    const text = '<img src=x onerror=alert(1)> <b>68M</b>';
    const [finding] = analyze(text);
    expect(finding?.actual).toBe('68M');
  });

  it('checks a 100,000-character draft to the end', () => {
    const filler = 'Normal chest radiograph, no acute findings. '.repeat(2300);
    const text = `${filler}A 45 y/o.`;
    expect(text.length).toBeGreaterThan(100_000);
    const findings = analyze(text);
    expect(findings.map((f) => f.actual)).toEqual(['45 y/o']);
    expect(findings[0]!.start).toBe(text.length - 7);
  });

  it('skips rules the user turned off and applies severity overrides', () => {
    const text = 'Pt is a 68M, MRN 00482913';
    expect(analyze(text, { disabledRules: ['exact-age', 'patient-gender'] }).map((f) => f.ruleId)).toEqual(['record-number']);
    expect(analyze(text, { severities: { 'record-number': 'warning' } }).map((f) => f.severity)).toEqual(['error', 'error', 'warning']);
  });

  it('has a label and a mask for every category', () => {
    for (const id of CATEGORY_IDS) {
      expect(CATEGORIES[id].label).not.toBe('');
      expect(CATEGORIES[id].mask).toMatch(/^[A-Z ]+$/);
    }
  });
});
