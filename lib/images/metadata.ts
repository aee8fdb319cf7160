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

/** What a photo's EXIF, XMP and IPTC metadata reveal. Files without metadata give nothing. */
export async function checkPhotoMetadata(bytes: Uint8Array): Promise<ImageFinding[]> {
  const tags: Record<string, unknown> | undefined = await exifr.parse(bytes, {
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
  if (!tags) return [];
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
