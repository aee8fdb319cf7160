import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceRange } from '@/lib/analysis/subject';

/** A sentence end: not the full stop of a title ("Dr.", "mr.") or an abbreviation ("vs.", "acc."). */
const END = String.raw`(?<!\b(?:[Dd]r|[Mm]rs?|[Mm]s|[Mm]x|[Ss]t|[Pp]rof|vs|etc|approx|[Nn]o|[Aa]cc|al))\.(?=\s)|[!?…](?=\s)|\n`;

/** The sentence around [start, end) read straight from the text: the last sentence end within 400 characters before, the first within 400 after. */
function sentenceRangeByReading(text: string, start: number, end: number): { start: number; end: number; cut: boolean } {
  const reachBack = Math.max(0, start - 400);
  let from = -1;
  // Read from the start of the text, so that a title just before the stretch is seen.
  for (const m of text.slice(0, start).matchAll(new RegExp(END, 'g'))) if (m.index >= reachBack) from = m.index + 1;
  const afterMatch = [...text.slice(0, end + 400).matchAll(new RegExp(END, 'g'))].find((m) => m.index >= end);
  const after = afterMatch ? { index: afterMatch.index - end } : null;
  return {
    start: from >= 0 ? from : reachBack,
    end: after ? end + after.index + 1 : Math.min(text.length, end + 400),
    cut: (from < 0 && reachBack > 0) || (!after && end + 400 < text.length),
  };
}

const manyEnds = fc.array(fc.constantFrom('word', 'Dr.', ' ', ' ', '.', '!', '?', '…', '\n', '\t', '. ', 'e.g.'), { maxLength: 400 });
const fewEnds = fc.array(fc.oneof({ arbitrary: fc.constantFrom('word ', 'Dr.', 'x.y '), weight: 60 }, { arbitrary: fc.constantFrom('. ', '\n', '! '), weight: 1 }), { maxLength: 600 });
const textAndSpan = fc
  .oneof(manyEnds, fewEnds)
  .map((parts) => parts.join(''))
  .chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)));

describe('sentenceRange', () => {
  it('finds the sentence a straight reading finds, and at least that much where a long one is cut', () => {
    fc.assert(
      fc.property(textAndSpan, ([text, a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const read = sentenceRangeByReading(text, start, end);
        const found = sentenceRange(text, start, end);
        if (read.cut) {
          expect(found.start).toBeLessThanOrEqual(read.start);
          expect(found.end).toBeGreaterThanOrEqual(read.end);
        } else {
          expect(found).toEqual({ start: read.start, end: read.end });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
