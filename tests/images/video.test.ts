import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkImage, checkVideoMetadata } from '@/lib/images';
import { embeddedCover } from '@/lib/images/video';

/** An ISO BMFF box: size, type, payload. */
function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const size = 8 + payload.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, size);
  out.set([...type].map((c) => c.charCodeAt(0)), 4);
  let at = 8;
  for (const p of payload) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
const text = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0) & 0xff));

/** A phone's MP4: ftyp, and moov with a movie header created at `created` and, optionally, a location. */
function mp4(created: Date | undefined, location?: string, cover?: Uint8Array): Uint8Array {
  const mvhd = new Uint8Array(100);
  if (created) new DataView(mvhd.buffer).setUint32(4, Math.round(created.getTime() / 1000) + 2_082_844_800);
  const udta = location ? [box('udta', box('©xyz', new Uint8Array([0, location.length, 0x15, 0xc7]), text(location)))] : [];
  // iTunes-style cover art: moov/udta/meta/ilst/covr/data, type 13 (JPEG), locale 0.
  const art = cover ? [box('udta', box('meta', new Uint8Array(4), box('ilst', box('covr', box('data', new Uint8Array([0, 0, 0, 13, 0, 0, 0, 0]), cover)))))] : [];
  const moov = box('moov', box('mvhd', mvhd), ...udta, ...art);
  return new Uint8Array([...box('ftyp', text('isom'), new Uint8Array(4), text('isomiso2mp41')), ...box('mdat', new Uint8Array(64)), ...moov]);
}

describe('video metadata', () => {
  it('says when and where a phone video was recorded', () => {
    const findings = checkVideoMetadata(mp4(new Date('2024-03-14T09:22:00Z'), '+41.8781-087.6298/'));
    expect(findings.map((f) => [f.category, f.field])).toEqual([
      ['phi.date', 'creation time'],
      ['phi.geo', 'location'],
    ]);
  });

  it('finds nothing in a video without a date or a place', () => {
    expect(checkVideoMetadata(mp4(undefined))).toEqual([]);
    expect(checkVideoMetadata(mp4(undefined, '+00.0000+000.0000/'))).toEqual([]);
  });

  it('checks only the metadata, and says so', async () => {
    const report = await checkImage(mp4(new Date('2024-03-14T09:22:00Z')));
    expect(report).toMatchObject({ kind: 'video', findings: [{ category: 'phi.date' }], error: expect.stringMatching(/Only the video's metadata/) });
  });

  it('reads the cover art embedded in the video like an attached image, with no boxes drawn on the video', async () => {
    const face = new Uint8Array(readFileSync('tests/fixtures/images/photo-face.jpg'));
    const video = mp4(undefined, undefined, face);
    expect(embeddedCover(video)).toEqual(face);
    const faces = async () => ({ faces: [{ box: { x: 10, y: 10, width: 100, height: 100 }, score: 0.9 }], grayscale: false });
    const report = await checkImage(video, { faces });
    expect(report.findings).toEqual([expect.objectContaining({ category: 'phi.face', message: "In the video's cover art: a face is visible in the image." })]);
    expect(report.findings[0]!.box).toBeUndefined();
    expect(report.error).toMatch(/check its frames yourself/);
  });

  it('finds no cover where there is none, or where the data is not an image', () => {
    expect(embeddedCover(mp4(new Date()))).toBeUndefined();
    expect(embeddedCover(mp4(undefined, undefined, text('not a picture')))).toBeUndefined();
  });
});
