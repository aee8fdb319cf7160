import { describe, expect, it } from 'vitest';
import { grayPgm, ocrGray } from '@/lib/images/contrast';

describe('the grey picture OCR reads', () => {
  it('keeps green overlay text bright on a dark scan', () => {
    const pixels = new Uint8ClampedArray([10, 10, 10, 255, 0, 200, 0, 255]);
    ocrGray(pixels);
    expect([...pixels]).toEqual([10, 10, 10, 255, 200, 200, 200, 255]);
  });

  it('is written as a binary PGM, one byte a pixel, transparent pixels laid on white', () => {
    const pixels = new Uint8ClampedArray([0, 0, 0, 255, 90, 90, 90, 255, 0, 0, 0, 0, 100, 100, 100, 128]);
    const file = grayPgm(pixels, 2, 2);
    const header = 'P5\n2 2\n255\n';
    expect(new TextDecoder().decode(file.slice(0, header.length))).toBe(header);
    expect([...file.slice(header.length)]).toEqual([0, 90, 255, Math.round((100 * 128 + 255 * 127) / 255)]);
  });
});
