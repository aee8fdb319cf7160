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

/** Code points from `first` to `last`, as strings. */
const range = (first: number, last: number): string[] => Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i));

/**
 * Every character that shows nothing: each format character (\p{Cf}) in Unicode, the variation
 * selectors, the combining grapheme joiner, the Mongolian variation selectors, the Hangul fillers,
 * all of the tag block, and the control characters other than tab and line breaks.
 */
const INVISIBLE = [
  ...range(0, 0x10ffff).filter((ch) => /\p{Cf}/u.test(ch)),
  ...range(0xfe00, 0xfe0f),
  ...range(0xe0100, 0xe01ef),
  ...range(0xe0000, 0xe007f).filter((ch) => !/\p{Cf}/u.test(ch)),
  '\u034F',
  ...range(0x180b, 0x180d),
  '\u180F',
  '\u115F',
  '\u1160',
  '\u3164',
  '\uFFA0',
  ...range(0x00, 0x1f).filter((ch) => !'\t\n\r'.includes(ch)),
  ...range(0x7f, 0x9f),
];

/** A sentence, the identifier in it, and the category it is found under. */
const IDENTIFIERS_IN_CONTEXT: Array<[string, string, string]> = [
  ['MRN 00482913 on the requisition', '00482913', 'phi.id'],
  ['call mom at 555-0134 tonight', '555-0134', 'phi.contact'],
  ['SSN 460-89-9847 on the form', '460-89-9847', 'phi.id'],
  ['email jdoe@mail.com for the films', 'jdoe@mail.com', 'phi.contact'],
  ['Pt is a 68M with a mass', '68M', 'phi.age'],
  ['DOB 02/11/1957, seen in clinic', '02/11/1957', 'phi.date'],
  ['Saw Mr. Kowalski in the ED today', 'Kowalski', 'phi.name'],
];

/** The sentence with `insertions` ([gap, character]: gap 0 is before the identifier's first character) made inside its identifier, and where the identifier's characters now run. */
function withInsertions([sentence, identifier]: [string, string, string], insertions: Array<[number, string]>): { text: string; start: number; end: number } {
  const chars = [...identifier];
  const gaps = chars.map(() => '');
  gaps.push('');
  for (const [gap, ch] of insertions) gaps[gap % gaps.length] += ch;
  const at = sentence.indexOf(identifier);
  const inside = chars.map((ch, i) => gaps[i] + ch).join('') + gaps[chars.length];
  const text = sentence.slice(0, at) + inside + sentence.slice(at + identifier.length);
  return { text, start: at + gaps[0]!.length, end: at + inside.length - gaps[chars.length]!.length };
}

function expectFoundCovering(category: string, { text, start, end }: { text: string; start: number; end: number }): void {
  const findings = analyze(text);
  expectSound(text, findings);
  const covering = findings.filter((f) => f.category === category && f.start <= start && f.end >= end);
  expect(covering, `${category} in ${JSON.stringify(text)}`).not.toEqual([]);
}

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

  it('finds every identifier whichever invisible character is slipped into it', () => {
    expect(INVISIBLE).toEqual(expect.arrayContaining(['\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u061C', '\uFE0F', '\u{E0001}', '\u{E007F}', '\u0000']));
    for (const identifier of IDENTIFIERS_IN_CONTEXT) {
      const middle = Math.floor([...identifier[1]].length / 2);
      for (const ch of INVISIBLE) expectFoundCovering(identifier[2], withInsertions(identifier, [[middle, ch]]));
    }
  });

  it('finds every identifier whatever invisible characters are slipped in wherever', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDENTIFIERS_IN_CONTEXT),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 8 }),
        (identifier, insertions) => expectFoundCovering(identifier[2], withInsertions(identifier, insertions)),
      ),
      { numRuns: 500 },
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
