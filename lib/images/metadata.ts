import exifr from 'exifr';
import { analyze } from '../analysis';
import type { Category } from '../analysis/types';
import type { ImageFinding } from './types';

const NOTE = "Photos carry where, when and with whose camera they were taken: a patient's home or your hospital, the day they were seen. Remove the metadata (Safe Harbor's cleaned copy does) before posting.";

/** Metadata fields that tell who, when or where, by what they reveal. */
const FIELDS: Array<{ names: string[]; category: Category; what: string }> = [
  { names: ['DateTimeOriginal', 'CreateDate', 'DateCreated', 'DigitalCreationDate', 'GPSDateStamp'], category: 'phi.date', what: 'when the photo was taken' },
  { names: ['Artist', 'creator', 'By-line', 'OwnerName', 'CameraOwnerName', 'Copyright', 'rights', 'XPAuthor'], category: 'phi.name', what: 'a person (its author or owner)' },
  { names: ['BodySerialNumber', 'SerialNumber', 'InternalSerialNumber', 'LensSerialNumber', 'ImageUniqueID'], category: 'phi.id', what: "the camera's serial number" },
  { names: ['City', 'Sub-location', 'Province-State', 'State', 'Location', 'LocationCreated', 'Country-PrimaryLocationName'], category: 'phi.geo', what: 'where the photo was taken' },
];

/** Free-text fields: what people type into them is read like a draft, where every name counts. */
const TEXT_FIELDS = ['ImageDescription', 'UserComment', 'XPComment', 'XPSubject', 'XPTitle', 'XPKeywords', 'description', 'title', 'Caption-Abstract', 'Headline', 'Keywords', 'subject'];

const text = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (value instanceof Uint8Array) return new TextDecoder().decode(value).replace(/\0/g, '');
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).map(text).join(' ');
  return String(value);
};

/**
 * A PNG's own text chunks (tEXt, and iTXt when not compressed), by keyword: screenshot tools and
 * exporters write "Author", "Comment", "Description" or "Creation Time" there, outside EXIF.
 */
export function pngTextChunks(bytes: Uint8Array): Record<string, string> {
  const found: Record<string, string> = {};
  if (bytes[0] !== 0x89 || bytes[1] !== 0x50) return found;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = new TextDecoder('latin1');
  const utf8 = new TextDecoder();
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = latin1.decode(bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length));
    if (type === 'IEND') break;
    const nul = data.indexOf(0);
    if (nul > 0 && type === 'tEXt') found[latin1.decode(data.subarray(0, nul))] = latin1.decode(data.subarray(nul + 1));
    if (nul > 0 && type === 'iTXt' && data[nul + 1] === 0) {
      // keyword \0 compressed(0) method \0-ended language \0-ended translated keyword, then the text
      let cursor = nul + 3;
      for (let skip = 0; skip < 2 && cursor < data.length; skip++) cursor = data.indexOf(0, cursor) + 1 || data.length;
      found[latin1.decode(data.subarray(0, nul))] = utf8.decode(data.subarray(cursor));
    }
    at += 12 + length;
  }
  return found;
}

const PNG_TEXT_KEYS: Record<string, string> = { Author: 'Artist', Copyright: 'Copyright', 'Creation Time': 'DateCreated', Description: 'description', Comment: 'UserComment', Source: 'description' };

/** What a photo's EXIF, XMP and IPTC metadata (and a PNG's text chunks) reveal. Files without metadata give nothing. */
export async function checkPhotoMetadata(bytes: Uint8Array): Promise<ImageFinding[]> {
  const parsed: Record<string, unknown> | undefined = await exifr.parse(bytes, {
    tiff: true,
    exif: true,
    gps: true,
    xmp: true,
    iptc: true,
    icc: false,
    ifd1: false,
    interop: false,
    userComment: true,
    mergeOutput: true,
    reviveValues: true,
  });
  const tags: Record<string, unknown> = { ...parsed };
  for (const [keyword, value] of Object.entries(pngTextChunks(bytes))) {
    const name = PNG_TEXT_KEYS[keyword];
    if (name && value.trim()) tags[name] = [text(tags[name]), value].filter(Boolean).join(' ');
  }
  const findings: ImageFinding[] = [];
  const found = (category: Category, message: string, field: string): void => {
    findings.push({ ruleId: 'image-metadata', category, severity: 'error', message, note: NOTE, field });
  };
  if (typeof tags.latitude === 'number' && typeof tags.longitude === 'number' && (tags.latitude !== 0 || tags.longitude !== 0)) {
    found('phi.geo', "The photo's metadata holds the GPS position where it was taken.", 'GPS position');
  }
  for (const { names, category, what } of FIELDS) {
    const field = names.find((name) => text(tags[name]).trim() !== '');
    if (field) found(category, `The photo's metadata says ${what} (${field}).`, field);
  }
  for (const field of TEXT_FIELDS) {
    const value = text(tags[field]).trim();
    if (!value) continue;
    const categories = [...new Set(analyze(value.slice(0, 5000), { assumePatient: true }).filter((f) => f.category.startsWith('phi.')).map((f) => f.category))];
    for (const category of categories) found(category, `The photo's ${field} field has text that could identify a patient.`, field);
  }
  return findings;
}
