import { describe, expect, it } from 'vitest';
import { checkImage, imageSize, sniffKind } from '@/lib/images';

const bytes = (...values: Array<number | string>): Uint8Array =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('file kinds', () => {
  it('knows a file by its first bytes, not its name', () => {
    expect(sniffKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffKind(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(sniffKind(bytes('GIF89a'))).toBe('gif');
    expect(sniffKind(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('webp');
    expect(sniffKind(new Uint8Array([...new Uint8Array(128), ...bytes('DICM')]))).toBe('dicom');
    expect(sniffKind(bytes(0, 0, 0, 0x18, 'ftypheic'))).toBe('heic');
    expect(sniffKind(bytes(0, 0, 0, 0x18, 'ftypisom'))).toBe('video');
    expect(sniffKind(bytes('  <svg xmlns="http://www.w3.org/2000/svg">'))).toBe('svg');
    expect(sniffKind(bytes('hello'))).toBe('unknown');
    expect(sniffKind(new Uint8Array())).toBe('unknown');
  });

  it('says what it could not check, and never throws', async () => {
    expect(await checkImage(bytes('hello'))).toMatchObject({ kind: 'unknown', findings: [], error: expect.stringMatching(/Could not read/) });
    expect(await checkImage(bytes('<svg><script>alert(1)</script></svg>'))).toMatchObject({ kind: 'svg', error: expect.stringMatching(/SVG/) });
    expect(await checkImage(bytes(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3))).toMatchObject({ kind: 'jpeg', error: expect.stringMatching(/cut short/) });
    expect(await checkImage(new Uint8Array([...new Uint8Array(128), ...bytes('DICM', 1, 2, 3)]))).toMatchObject({ kind: 'dicom', error: expect.stringMatching(/Could not read/) });
    const broken = async () => {
      throw new Error('worker died');
    };
    const png = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 'IEND', 0xae, 0x42, 0x60, 0x82);
    expect(await checkImage(png, { ocr: broken })).toMatchObject({ kind: 'png', error: expect.stringMatching(/Could not read/) });
  });
});

describe('image size from the header', () => {
  it('reads PNG, GIF and JPEG dimensions without decoding, and refuses OCR on a giant', async () => {
    const png = new Uint8Array(33);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(png.buffer).setUint32(16, 12000);
    new DataView(png.buffer).setUint32(20, 9000);
    expect(imageSize(png, 'png')).toEqual({ width: 12000, height: 9000 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00]);
    expect(imageSize(gif, 'gif')).toEqual({ width: 320, height: 240 });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x0b, 0xb8, 0x0f, 0xa0, 3, 0, 0, 0, 0xff, 0xd9]);
    expect(imageSize(jpeg, 'jpeg')).toEqual({ width: 4000, height: 3000 });
    const ocr = async () => [];
    const giant = new Uint8Array([...png.subarray(0, 24), 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
    expect(await checkImage(giant, { ocr, maxOcrPixels: 50_000_000 })).toMatchObject({ kind: 'png', findings: [], error: expect.stringMatching(/12000×9000 .* too large/) });
  });
});
