import type { ImageFinding } from './types';

const NOTE = 'Videos carry when and where they were recorded: the day a patient was seen, the hospital or their home. Remove the metadata (export or re-encode the video) before posting.';

/** Seconds from 1904-01-01 (QuickTime's epoch) to 1970-01-01. */
const QUICKTIME_EPOCH = 2_082_844_800;

const latin1 = (bytes: Uint8Array): string => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
};

/**
 * What an MP4 or QuickTime container says about when and where it was recorded. Reads the movie
 * header (`mvhd`) and the location ISO 6709 strings phones write (`©xyz`, or the
 * `com.apple.quicktime.location.ISO6709` key) wherever they are in `bytes`, which may be only the
 * start and the end of a large file (where `moov` lives), joined.
 */
export function checkVideoMetadata(bytes: Uint8Array): ImageFinding[] {
  const text = latin1(bytes);
  const findings: ImageFinding[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = text.indexOf('mvhd'); at >= 0; at = text.indexOf('mvhd', at + 4)) {
    const version = bytes[at + 4];
    if (version !== 0 && version !== 1) continue;
    if (at + 16 > bytes.length) break;
    const created = version === 1 ? Number(view.getBigUint64(at + 8)) : view.getUint32(at + 8);
    const year = new Date((created - QUICKTIME_EPOCH) * 1000).getUTCFullYear();
    if (created > QUICKTIME_EPOCH && year >= 1990 && year <= 2100) {
      findings.push({ ruleId: 'image-metadata', category: 'phi.date', severity: 'error', message: "The video's metadata says when it was recorded.", note: NOTE, field: 'creation time' });
      break;
    }
  }
  const location = /(?:©xyz|ISO6709)[\s\S]{0,40}?([+-]\d{1,2}(?:\.\d+)?[+-]\d{1,3}(?:\.\d+)?)/.exec(text);
  if (location && !/^[+-]0+(?:\.0+)?[+-]0+(?:\.0+)?$/.test(location[1]!)) {
    findings.push({ ruleId: 'image-metadata', category: 'phi.geo', severity: 'error', message: "The video's metadata holds the position where it was recorded.", note: NOTE, field: 'location' });
  }
  return findings;
}

/**
 * The cover art embedded in an MP4 or QuickTime file (iTunes-style `covr` item: a `data` box whose
 * type says JPEG (13) or PNG (14)), if there is one in `bytes`.
 */
export function embeddedCover(bytes: Uint8Array): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = latin1(bytes);
  for (let at = text.indexOf('covr'); at >= 4; at = text.indexOf('covr', at + 4)) {
    const data = at + 8; // the covr box's first child
    if (data + 16 > bytes.length || text.slice(data, data + 4) !== 'data') continue;
    const size = view.getUint32(data - 4);
    const type = view.getUint32(data + 4) & 0xffffff;
    const image = bytes.subarray(data + 12, Math.min(bytes.length, data - 4 + size));
    const jpeg = type === 13 && image[0] === 0xff && image[1] === 0xd8;
    const png = type === 14 && image[0] === 0x89 && image[1] === 0x50;
    if ((jpeg || png) && data - 4 + size <= bytes.length) return image;
  }
  return undefined;
}
