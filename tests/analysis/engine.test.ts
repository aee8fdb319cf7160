import { describe, expect, it } from 'vitest';
import { analyze, CATEGORIES, CATEGORY_IDS, isTruncated, MAX_CHECKED_LENGTH } from '@/lib/analysis';

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

  it('does not hang on a lone surrogate before a word longer than a parse chunk', () => {
    const text = `\uD800 ${'x'.repeat(2500)} she is 45`;
    expect(analyze(text, { assumePatient: true }).map((f) => f.actual)).toContain('45');
  });

  it('reads who is in a draft from all of it, not one paragraph: a YouTube title frames its description', () => {
    const phi = (text: string) => analyze(text, { platform: 'youtube' }).filter((f) => f.category.startsWith('phi.')).map((f) => f.actual);
    expect(phi('Rural Medicine Podcast Ep. 4: Burnout and Boundaries\n\nDr. Amaka Eze grew up in Enugu and now runs a clinic in Abuja. She talks rosters and saying no.')).toEqual([]);
    expect(phi('Spine Unknowns for Board Review (Set 2)\n\nAll from my reading list this week: a 34-year-old man with back pain.')).toEqual(expect.arrayContaining(['this week', '34-year-old']));
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

describe('the checked length', () => {
  const filler = 'Normal chest radiograph, no acute findings. ';
  const fillTo = (length: number): string => filler.repeat(Math.ceil(length / filler.length)).slice(0, length);

  it('checks the first MAX_CHECKED_LENGTH characters of a longer draft, with offsets into the draft', () => {
    const checked = `${fillTo(199_000)} MRN 00482913. `;
    const unchecked = ' MRN 77123456. ';
    const text = `${checked}${fillTo(210_000 - checked.length)}${unchecked}${fillTo(40_000 - unchecked.length)}`;
    expect(text.length).toBe(250_000);
    expect(text.indexOf('77123456')).toBeGreaterThan(MAX_CHECKED_LENGTH);
    expect(isTruncated(text)).toBe(true);
    const start = checked.indexOf('00482913');
    const ids = analyze(text).filter((f) => f.category === 'phi.id');
    expect(ids.map((f) => [f.actual, f.start, f.end])).toEqual([['00482913', start, start + 8]]);
  });

  it('says whether a draft is longer than what is checked', () => {
    expect(MAX_CHECKED_LENGTH).toBe(200_000);
    expect(isTruncated('x'.repeat(MAX_CHECKED_LENGTH))).toBe(false);
    expect(isTruncated('x'.repeat(MAX_CHECKED_LENGTH + 1))).toBe(true);
  });

  it('does not cut a surrogate pair in two at the limit', () => {
    const start = 'a '.repeat((MAX_CHECKED_LENGTH - 4) / 2);
    const text = `${start}68M🫁 and more`;
    expect(text.codePointAt(MAX_CHECKED_LENGTH - 1)).toBe(0x1fac1);
    const findings = analyze(text);
    expect(findings.map((f) => [f.actual, f.start])).toContainEqual(['68M', start.length]);
    for (const f of findings) expect(f.end).toBeLessThanOrEqual(MAX_CHECKED_LENGTH - 1);
  });

  it('does not judge a longer draft to lack a disclaimer', () => {
    const clinical = 'Appendicitis on CT: note the fecalith. ';
    expect(analyze(clinical).map((f) => f.ruleId)).toContain('disclaimer-missing');
    const long = clinical.repeat(Math.ceil((MAX_CHECKED_LENGTH + 1) / clinical.length));
    expect(analyze(long).map((f) => f.ruleId)).not.toContain('disclaimer-missing');
  });
});
