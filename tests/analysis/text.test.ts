import { describe, expect, it } from 'vitest';
import { matchCase, normalizeText, removalRange } from '@/lib/analysis/text';
import { parseNumber } from '@/lib/analysis/numbers';

describe('text helpers', () => {
  it('maps offsets of a normalised text back to the original', () => {
    const n = normalizeText('a\u200Bb\u00A0c');
    expect(n.text).toBe('ab c');
    expect(n.toOriginal(1)).toBe(2);
    expect(n.toOriginal(4)).toBe(5);
  });

  it('removes invisible characters of two code units and maps offsets past both', () => {
    const n = normalizeText('a\u{E0020}b\u{FE0F}\u0000c');
    expect(n.text).toBe('abc');
    expect([0, 1, 2, 3].map(n.toOriginal)).toEqual([0, 3, 6, 7]);
  });

  it('removes brackets and one space with the removed words', () => {
    const text = 'serial (PJN482117S) lol';
    expect(removalRange(text, 8, 18)).toEqual({ start: 6, end: 19 });
    expect(removalRange('at 555-0173 if', 3, 11)).toEqual({ start: 2, end: 11 });
    expect(removalRange('call 555-0173.', 5, 13)).toEqual({ start: 4, end: 13 });
  });

  it('capitalises a replacement at the start of a sentence or for a capitalised word', () => {
    expect(matchCase('68M here', 0, 'an elderly patient')).toBe('An elderly patient');
    expect(matchCase('Seen. 68M here', 6, 'an elderly patient')).toBe('An elderly patient');
    expect(matchCase('Pt is F/45', 6, 'a middle-aged adult')).toBe('a middle-aged adult');
    expect(matchCase('a Two-year-old', 2, 'toddler')).toBe('Toddler');
  });

  it('reads spelled-out numbers', () => {
    expect(parseNumber('ninety-two')).toBe(92);
    expect(parseNumber('a hundred and one')).toBe(101);
    expect(parseNumber('seventeen')).toBe(17);
    expect(parseNumber('68')).toBe(68);
    expect(parseNumber('many')).toBeNaN();
  });
});
