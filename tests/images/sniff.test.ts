import { describe, expect, it } from 'vitest';
import { checkImage, sniffKind } from '@/lib/images';

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
