/** RLE Lossless frames come out in the native layout: samples interleaved, little endian. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRle } from '@/lib/images/dicom-frame';

/** PackBits with both kinds of run, as PS3.5 annex G.3.1 describes, for one segment. */
function packBits(bytes: number[]): number[] {
  const out: number[] = [];
  for (let at = 0; at < bytes.length; ) {
    let same = 1;
    while (at + same < bytes.length && same < 128 && bytes[at + same] === bytes[at]) same++;
    if (same >= 3) {
      out.push(257 - same, bytes[at]!);
      at += same;
      continue;
    }
    const literal = bytes.slice(at, at + Math.min(128, bytes.length - at));
    out.push(literal.length - 1, ...literal);
    at += literal.length;
  }
  return out;
}

/** A native frame as RLE: one segment per byte of each sample, high byte first. */
function encodeRle(native: Uint8Array, count: number, samples: number, bytesPerSample: number): Uint8Array {
  const segments: number[][] = [];
  for (let sample = 0; sample < samples; sample++) {
    for (let byte = bytesPerSample - 1; byte >= 0; byte--) {
      const plane = Array.from({ length: count }, (_, i) => native[(i * samples + sample) * bytesPerSample + byte]!);
      segments.push(packBits(plane));
    }
  }
  const header = new DataView(new ArrayBuffer(64));
  header.setUint32(0, segments.length, true);
  let offset = 64;
  segments.forEach((segment, i) => {
    header.setUint32(4 + i * 4, offset, true);
    offset += segment.length;
  });
  return new Uint8Array([...new Uint8Array(header.buffer), ...segments.flat()]);
}

describe('decodeRle', () => {
  it('gives back the native frame for grey and colour, 8 and 16 bits', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 3), fc.constantFrom(1, 2), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 2 ** 31 }), (samples, bytesPerSample, count, seed) => {
        // Runs as well as noise: every few pixels repeat.
        const native = new Uint8Array(count * samples * bytesPerSample).map((_, i) => ((Math.floor(i / 5) * 2654435761 + seed) >>> 7) & 0xff);
        expect(decodeRle(encodeRle(native, count, samples, bytesPerSample), count, samples, bytesPerSample)).toEqual(native);
      }),
    );
  });

  it('refuses data that does not hold together', () => {
    expect(decodeRle(new Uint8Array(10), 4, 1, 1)).toBeUndefined();
    const oneSegment = encodeRle(new Uint8Array([1, 2, 3, 4]), 4, 1, 1);
    expect(decodeRle(oneSegment, 4, 3, 1)).toBeUndefined(); // says one segment, three were needed
    expect(decodeRle(oneSegment.subarray(0, 66), 4, 1, 1)).toBeUndefined(); // cut short
  });
});
