/** Properties that hold for any input: analyze never throws, offsets are sound, invisible characters hide nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '@/lib/analysis';

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
/** An offset that falls between the two halves of a surrogate pair splits a character. */
const splitsPair = (text: string, offset: number): boolean => offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset));

function expectSound(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(splitsPair(text, f.start) || splitsPair(text, f.end)).toBe(false);
    expect(f.actual).toBe(text.slice(f.start, f.end));
    for (const s of f.suggestions) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(splitsPair(text, s.start) || splitsPair(text, s.end)).toBe(false);
    }
  }
}

const IDENTIFIERS = ['Pt is a 68M', 'MRN 00482913', 'call 555-0134', 'jdoe@mail.com', 'DOB 02/11/1957', 'SSN 460-89-9847', 'http://10.2.3.4/study', 'Mr. Kowalski'];
const NOISE = ['👩🏽‍⚕️', '🩻', '\u200B', '\u200D', '\uFEFF', '\u00A0', ' ', '\n', '<b>', '&amp;', 'שלום', 'مرحبا', '\u202E', '#RadRes', '@dr_kim', '. ', '🦓'];
const draftLike = fc
  .array(fc.oneof(fc.constantFrom(...IDENTIFIERS, ...NOISE), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('analyze, for any input', () => {
  it('never throws and returns sound offsets for arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectSound(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and returns sound offsets for draft-like mixtures of identifiers, emoji, markup and bidi text', () => {
    fc.assert(
      fc.property(draftLike, fc.constantFrom(undefined, 'x', 'youtube' as const), (text, platform) => {
        expectSound(text, analyze(text, { platform }));
        expectSound(text, analyze(text, { platform, assumePatient: true }));
      }),
      { numRuns: 300 },
    );
  });

  it('finds an identifier whatever zero-width characters are slipped into it', () => {
    const cases: Array<[string, string]> = [
      ['MRN 00482913', 'phi.id'],
      ['Pt is a 68M with a mass', 'phi.age'],
      ['call mom at 555-0134', 'phi.contact'],
      ['SSN 460-89-9847', 'phi.id'],
      ['email jdoe@mail.com', 'phi.contact'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD')), { maxLength: 6 }),
        ([clean, category], insertions) => {
          let text = clean;
          for (const [at, ch] of insertions) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + ch + text.slice(i);
          }
          const findings = analyze(text);
          expectSound(text, findings);
          expect(findings.map((f) => f.category)).toContain(category);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the same identifiers when unusual spaces stand for plain ones', () => {
    fc.assert(
      fc.property(fc.constantFrom('\u00A0', '\u2009', '\u202F', '\u3000'), (space) => {
        const text = `Pt is a 68M,${space}MRN${space}00482913, call 555-0134`;
        const categories = analyze(text).map((f) => f.category);
        expect(categories).toEqual(expect.arrayContaining(['phi.age', 'phi.id', 'phi.contact']));
      }),
    );
  });

  it('gives the same findings for a paragraph wherever it sits in a long draft', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Normal chest film.', 'Kerley B lines 🫁', '#RadRes rocks'), { maxLength: 20 }), (filler) => {
        const paragraph = 'Pt is a 68M, MRN 00482913';
        const text = [...filler, paragraph].join('\n\n');
        const offset = text.length - paragraph.length;
        const alone = analyze(paragraph).map((f) => [f.ruleId, f.start + offset, f.end + offset]);
        const inside = analyze(text).filter((f) => f.start >= offset).map((f) => [f.ruleId, f.start, f.end]);
        expect(inside).toEqual(alone);
      }),
      { numRuns: 50 },
    );
  });
});
