import type { Category } from '../analysis/types';
import { lexiconTags } from '../analysis/data/english-lexicon';
import { GIVEN_NAMES } from '../analysis/data/given-names';
import { surnames } from '../analysis/data/surnames';
import type { Box, ImageFinding, OcrWord } from './types';

/**
 * Patient details burned into an image, read from its OCR words. An overlay has no sentences and
 * no case to wait for: viewers print the patient's name, IDs, dates, age/sex and hospital in its
 * corners, each on a line of its own, so the lines are read as fields, not as prose (the draft
 * engine would take every capitalised sequence label, "W: 400 L: 40", for a name).
 */

const NOTE = 'Images can have patient names on them, and even if you are just passing them along, you can identify the person. Crop or black out the text (Safe Harbor\'s cleaned copy does), or export the image without its overlay.';

/** Words a viewer prints that are never a name: sequences, views, anatomy, labels. */
const OVERLAY_WORDS = new Set(
  'ap pa lat lateral oblique axial coronal sagittal sag cor ax chest abdomen pelvis head neck spine knee hip shoulder wrist hand foot ankle elbow brain liver spleen kidney lung lungs heart ct mr mri us xr cr dx nm pet cta mra dwi adc flair t1 t2 pd fs stir gre swi contrast series image slice phase portal arterial venous delayed left right lt rt r l w l wl ww window level thickness kv ma mas tr te ti fov matrix scale study exam date time name id sex age dob acc mrn ref referring physician dr hospital clinic report supine prone position decubitus erect upright standing sitting'.split(' '),
);

const bare = (word: string): string => word.toLowerCase().replace(/[’']s$/, '');
const isGivenName = (word: string): boolean => GIVEN_NAMES.has(bare(word));
const isName = (word: string): boolean => isGivenName(word) || surnames().has(bare(word));
const isEnglish = (word: string): boolean => lexiconTags().has(bare(word));
const isOverlayWord = (word: string): boolean => OVERLAY_WORDS.has(word.toLowerCase().replace(/[.:]$/, ''));

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** The USPS state codes, for "City, ST 12345" (Idaho's ID only after a comma: "Scan ID 55190" is an ID). */
const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';

/** Kinds of place that end a hospital's or practice's name. */
const INSTITUTION_KINDS = ['hospital', 'medical center', 'medical centre', 'medical group', 'health system', 'healthcare', 'health', 'clinic', 'infirmary', 'imaging center', 'imaging centre', 'imaging', 'radiology', 'memorial'];
const titleCase = (words: string): string => words.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** Field recognisers, tried on each line; a match's group 1 (or the whole match) is what is flagged. */
const FIELDS: Array<{ category: Category | 'age-sex' | 'given-name'; what: string; pattern: RegExp }> = [
  // "Name: Maria Gonzalez", "Patient: DOE^JANE"
  { category: 'phi.name', what: "a patient's name", pattern: /\b(?:patient\s*name|pt\.?\s*name|name|patient|pat\.?|pt\.?)\s*[:#]\s*([A-Za-z][A-Za-z'’-]+(?:[ ,^]+[A-Za-z][A-Za-z'’.-]*){0,3})/gi },
  // DICOM person names as viewers print them: "DOE^JANE", "DOE^JANE^M" (OCR reads the caret as ~, *, " or °)
  { category: 'phi.name', what: "a patient's name", pattern: /\b([A-Za-z][A-Za-z'’-]+[\^~*"°][A-Za-z][A-Za-z'’-]*(?:[\^~*"°][A-Za-z.'’-]*)*)/g },
  // A given name and a family name that is not an English word: "Aaliyah Mensah-Boateng", "Declan O'Sullivan"
  { category: 'given-name', what: "a patient's name", pattern: /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:[A-Z][a-z]*['’])?[A-Z][A-Za-z'’-]+)\b/g },
  // "MRN 00482913", "ID: 7730021", "Acc: A88213409", "Pt ID 55190-2231", "NHS No 485 777 3456"
  { category: 'phi.id', what: 'an ID number', pattern: /\b(?:mrn|mr\s*#|mr\s*no\.?|med\s*rec|(?:pt|pat|patient)\.?\s*(?:id|no\.?|#)|id|[1l]d|acc(?:ession)?(?:\s*(?:no\.?|#))?|ur(?:\s*no\.?)?|nhs(?:\s*no\.?)?|hosp(?:ital)?\s*(?:no\.?|#)|study\s*id|exam\s*id|chart)\s*[:#.]?\s*([A-Za-z]{0,4}-?\d[\dA-Za-z-]*(?:\s\d[\dA-Za-z-]*)*)/gi },
  // A long number on its own: viewers print record and accession numbers unlabelled.
  { category: 'phi.id', what: 'an ID number', pattern: /(?<![\d.,:/-])\b([A-Za-z]{0,3}\d{6,}[A-Za-z]?)\b(?![.,]\d|\s*(?:mm|cm|kv|ma|mas|ms|hz|%))/gi },
  // Dates: 01/02/1960, 2024-03-14, 14-Mar-2024, Mar 14, 2024, and 8-digit DICOM dates after a label.
  { category: 'phi.date', what: 'a date', pattern: /(?<![\d/.-])(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\d/.-])/g },
  { category: 'phi.date', what: 'a date', pattern: /(?<![\d/.-])((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})(?![\d/.-])/g },
  { category: 'phi.date', what: 'a date', pattern: new RegExp(`\\b(\\d{1,2}[- ](?:${MONTHS})[- ,]+(?:19|20)?\\d{2}|(?:${MONTHS})\\.? \\d{1,2},? (?:19|20)\\d{2})\\b`, 'gi') },
  { category: 'phi.date', what: 'a date', pattern: /\b(?:dob|birth|date|study|exam|acq(?:uired)?)\D{0,8}((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\b/gi },
  // Age and sex codes: F/64, M 58Y, 58Y M, 38 YF, Male 34, 064Y, 45 yo (OCR reads Y as v)
  { category: 'age-sex', what: "the patient's age and sex", pattern: /\b((?:[MF]|male|female)\s*[/ ,]?\s*\d{1,3}\s*(?:[yv](?:rs?|o)?)?|\d{1,3}\s*(?:[yv](?:rs?|o)?|years?)\s*[/ ,]?\s*(?:[MF]|male|female))\b/gi },
  { category: 'phi.age', what: "the patient's age", pattern: /\b(0?\d{2,3}Y|\d{1,3}\s*(?:y\/o|yo|years? old))\b/gi },
  { category: 'phi.gender', what: "the patient's sex", pattern: /\bsex\s*[:]?\s*([MF]|male|female)\b/gi },
  // Phone numbers and e-mail addresses: on referral labels and stickers.
  { category: 'phi.contact', what: 'a phone number', pattern: /\b(?:ph|phone|tel|mob(?:ile)?|cell|contact)\.?\s*[:#]?\s*(\+?\(?\d[\d ().-]{6,}\d)/gi },
  { category: 'phi.contact', what: 'a phone number', pattern: /(?<![\d.-])(\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})(?![\d.-])/g },
  { category: 'phi.contact', what: 'an e-mail address', pattern: /\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b/g },
  // An address: "22 Linden St", "1400 Mercy Avenue", "Somerville MA 02143", "Duluth, MN 55805"
  { category: 'phi.geo', what: 'an address', pattern: /\b(\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Terrace|Pkwy|Parkway)\b\.?)/g },
  { category: 'phi.geo', what: 'an address', pattern: new RegExp(`\\b(?!(?:Pt|Pat|Patient|Study|Exam|Acc|Mrn|Ref|Series|Image)\\b)([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?,?\\s+(?:${US_STATES})\\s+\\d{5}|[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?,\\s*ID\\s+\\d{5}(?:-\\d{4})?)\\b`, 'g') },
  // The hospital: "Hôpital Sainte-Adèle", "Klinikum Mitte"
  { category: 'phi.geo', what: 'the hospital', pattern: /\b((?:h[oô]pital|hospital|clinique|klinik(?:um)?|ospedale|centre\s+hospitalier)\s+(?:[A-Z][A-Za-zÀ-ÿ.'’&-]*\s*){1,4})/gi },
  // The hospital: "ST MARYS MEDICAL CENTER", "Riverside Imaging": a name, capitalised, before the
  // kind of place, capitalised too ("compare with prior imaging" and "seen in clinic" name nobody).
  {
    category: 'phi.geo',
    what: 'the hospital',
    pattern: new RegExp(`\\b((?:[A-Z][A-Za-z.'’&-]*\\s+){1,5}(?:${INSTITUTION_KINDS.flatMap((kind) => [titleCase(kind), kind.toUpperCase()]).map((kind) => kind.replace(/ /g, '\\s+')).join('|')}))\\b`, 'g'),
  },
];

/** "PRUITT, HAROLD", "Okafor, Chidi", "DOE JANE": a line that is only a person's name. */
/**
 * "LINDQVISTAASTRID": a DICOM name whose caret OCR read as a letter. A run of capitals is a name
 * when it splits, at an A, into a family name that is no English word and a known given name.
 */
function caretReadAsLetter(token: string): boolean {
  if (!/^[A-Z]{8,}$/.test(token)) return false;
  for (let at = 3; at < token.length - 3; at++) {
    if (token[at] !== 'A') continue;
    const family = token.slice(0, at);
    const given = token.slice(at + 1);
    if (isGivenName(given) && (isName(family) || !isEnglish(family))) return true;
  }
  return false;
}

/** A bare pair of words is taken for a name only when OCR read the line at least this surely (0–100). */
const WHOLE_LINE_MIN_CONFIDENCE = 50;

function wholeLineName(line: string, confidence: number): boolean {
  if (caretReadAsLetter(line)) return true;
  const comma = /^([A-Za-z][A-Za-z'’-]+),\s*([A-Za-z][A-Za-z'’-]+)(?:\s+[A-Za-z]\.?)?$/.exec(line.replace(/^0(?=['’]?[A-Za-z])/, 'O'));
  if (comma) return !isOverlayWord(comma[1]!) && !isOverlayWord(comma[2]!) && comma[1]!.length > 1 && comma[2]!.length > 1;
  // "Jane Doe", "OKAFOR CHIDI": two or three words alone on a line, at least one a known name and
  // the others names or no English word, read with some confidence (OCR's guesses at a texture
  // are words no dictionary knows too).
  if (confidence < WHOLE_LINE_MIN_CONFIDENCE) return false;
  const words = line.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.some(isName) &&
    words.every((w) => /^[A-Za-z][A-Za-z'’-]+$/.test(w) && !isOverlayWord(w) && (isName(w) || !isEnglish(w)))
  );
}

export interface OverlayLine {
  text: string;
  /** Each word's place in `text`. */
  words: Array<{ word: OcrWord; start: number; end: number }>;
}

/**
 * OCR lines split where words are far apart: text in the left and right corners of one row is
 * two fields, not one line ("Okafor, Chidi" and "CHEST PA").
 */
export function overlayLines(words: readonly OcrWord[]): OverlayLine[] {
  const byLine = new Map<number, OcrWord[]>();
  for (const word of words) {
    if (!word.text.trim()) continue;
    const list = byLine.get(word.line) ?? [];
    list.push(word);
    byLine.set(word.line, list);
  }
  const lines: OverlayLine[] = [];
  for (const lineWords of byLine.values()) {
    lineWords.sort((a, b) => a.box.x - b.box.x);
    const height = Math.max(...lineWords.map((w) => w.box.height));
    let current: OverlayLine | undefined;
    let previous: OcrWord | undefined;
    for (const word of lineWords) {
      const gap = previous ? word.box.x - (previous.box.x + previous.box.width) : 0;
      if (!current || gap > Math.max(3 * height, 48)) lines.push((current = { text: '', words: [] }));
      const start = current.text ? current.text.length + 1 : 0;
      current.text = current.text ? `${current.text} ${word.text}` : word.text;
      current.words.push({ word, start, end: start + word.text.length });
      previous = word;
    }
  }
  return lines;
}

const union = (boxes: Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
};

/** The patient details in an image's burned-in text, each with the box it is drawn in. */
export function checkOverlayText(words: readonly OcrWord[]): ImageFinding[] {
  const findings: ImageFinding[] = [];
  const seen = new Set<string>();
  const add = (category: Category, what: string, line: OverlayLine, start: number, end: number): void => {
    const boxes = line.words.filter((w) => w.start < end && w.end > start).map((w) => w.word.box);
    if (boxes.length === 0) return;
    const box = union(boxes);
    const key = `${category}:${box.x}:${box.y}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({ ruleId: 'image-text', category, severity: 'error', message: `Text burned into the image shows ${what}.`, note: NOTE, box });
  };
  for (const line of overlayLines(words)) {
    const text = line.text.trim();
    if (wholeLineName(text, Math.min(...line.words.map((w) => w.word.confidence)))) add('phi.name', "a patient's name", line, 0, line.text.length);
    const dates: Array<[number, number]> = [];
    // Dates first: "Study 20240314" is a date, not also an ID.
    const ordered = [...FIELDS.filter((f) => f.category === 'phi.date'), ...FIELDS.filter((f) => f.category !== 'phi.date')];
    for (const { category, what, pattern } of ordered) {
      pattern.lastIndex = 0;
      for (const match of line.text.matchAll(pattern)) {
        const value = match[1] ?? match[0];
        const start = (match.index ?? 0) + match[0].indexOf(value);
        const end = start + value.length;
        if (category === 'phi.id' && (value.match(/\d/g)?.length ?? 0) < 4) continue;
        if (category === 'phi.date') dates.push([start, end]);
        else if (category === 'phi.id' && dates.some(([s, e]) => s < end && start < e)) continue;
        if (category === 'given-name') {
          const [first, last] = value.split(/\s+/) as [string, string];
          if (isGivenName(first) && !isOverlayWord(last) && (isName(last) || !isEnglish(last.replace(/^[A-Z][a-z]*['’]/, '')))) add('phi.name', what, line, start, end);
          continue;
        }
        if (category === 'age-sex') {
          add('phi.age', "the patient's age", line, start, end);
          add('phi.gender', "the patient's sex", line, start, end);
        } else {
          // "Pt: Supine", "Patient: Prone position": a labelled field that holds a word, not a name.
          if (category === 'phi.name' && value.split(/[\s,^]+/).filter(Boolean).every((word) => isOverlayWord(word) || (isEnglish(word) && !isName(word)))) continue;
          add(category, what, line, start, end);
        }
      }
    }
  }
  return findings;
}
