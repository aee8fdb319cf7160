import { RECORD_KEYWORDS, RECORD_URL_PARAMETERS } from '../data/record-keywords';
import { internalLinks } from '../links';
import { aboutEvent, aboutStaffOnly, mentionsCase, sentenceOf } from '../subject';
import { clauseBefore, dropOverlaps, matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

const KEYWORD = new RegExp(`(?<![\\w])(?:${RECORD_KEYWORDS.map((k) => `(${k.pattern})`).join('|')})`, 'gi');

/** What may stand between a keyword and its number: "MRN: ", "acc# ", "serial on it (". */
const GAP = /^[\s:#=(\-–]*(?:(?:is|was|no\.?|number|on it|of|ending in|still|reads?|shows?)[\s:#=(]*){0,3}/i;

/** A number written plainly (00482913, RAD22918, 7730-9121-4), spaced out (4 4 1 9 0 2 7 7) or dotted (a DICOM UID). */
const VALUE = /^(?:[A-Z]{2}\d{2}\s[A-Z]{3}\b|\d+(?:\.\d+){3,}|\d(?:[ -]\d){4,}(?![\d])|(?:[A-Za-z]{1,4}[ -]?)?\d{2,5}(?:[ /-]\d{1,6}){1,4}(?:-[A-Z]{1,3}\b)?(?![\d/])|[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){3,})/;

const URL_PARAMETER = new RegExp(`[?&;#](?:${RECORD_URL_PARAMETERS.join('|')})=([A-Za-z0-9.\\-]{4,})`, 'gi');

const ROOM = /\b(?:room|rm\.?|bed|bay|cubicle|stretcher|ward|pod|chair|cot|crib|isolette)\s?#?\s?(?:\d{1,4}(?:[A-WYZ]\b|\b(?![x×]))|[A-H]\b)(?![.:]\d|\)|\s?(?:%|am|pm|mm|cm|minutes?|mins?|hours?|hrs?|times)\b)/gi;
/** A hospital floor or unit named by its number and wing: "5 West", "7 East", "4 North" (not "5 West Street"). */
const UNIT = /\b\d{1,2}\s?(?:West|East|North|South)\b(?!\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court)\b)/g;
/** Rooms that are not where a patient was: "the reading room", "conference room B". */
const NOT_A_PATIENT_ROOM = /\b(?:reading|escape|chat|class|waiting|break|conference|living|dining|control|locker|call|board|lecture|meeting|hotel|zoom|clinic|seminar|teaching|staff|sim|tutorial|exam hall)\s*$/i;
/** DICOM UIDs: an organisation root such as 1.2.840 followed by numeric components. */
const DICOM_UID = /(?<![\d.])[12](?:\.\d+){5,}(?![\d.])|(?<=\/(?:study|studies|series|instances?|uid)\/)[12](?:\.\d+){2,}(?![\d.])/g;
/** A pathology specimen number: "S25-31907" (surgical), "C24-1187" (cytology). */
const SPECIMEN = /\b[SCFHBM]P?\d{2}-\d{3,6}\b/g;
/** Record numbers glued to a label inside a link path or file name: "acc55310297", "UHID20250094417", "UR448127". */
const LABELLED_IN_LINK = /(?<=[/_-])(?:acc|mrn|uhid|ur|pid|ptid|fin|csn|an)[-_]?(\d{5,})(?=[/_.?#&)\s-]|$)/gi;
/** "pt in 9B", "the lady in 12A": a bed named by its number and letter. */
const BED_LABEL = /\b(?:pt|patient|guy|lady|man|woman|kid|gentleman)\s+in\s+(\d{1,2}[A-Z])\b/g;
/** "MRN 00719344 and 00719345": a second number of the same shape after the first. */
const SECOND_VALUE = /^\s*(?:,|and|&|\/|or)\s*(\d[\d-]{3,})\b/;

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

function looksLikeRecordNumber(value: string): boolean {
  if (/^[A-Z]{2}\d{2}\s[A-Z]{3}$/.test(value)) return true; // a UK plate: "YK19 XRM"
  const digits = digitCount(value);
  return digits >= 4 && value.replace(/[\s.-]/g, '').length >= 5;
}

function remove(text: string, start: number, end: number, what: string): RuleMatch['suggestions'] {
  return [{ label: `Remove the ${what}`, text: '', ...removalRange(text, start, end) }];
}

export default defineRule({
  id: 'record-number',
  category: 'phi.id',
  severity: 'error',
  title: 'Record, accession, account or device number',
  note: 'Record, accession, insurance, account, device and plate numbers, and room or bed numbers, are HIPAA identifiers: anyone with access can look the patient up.',
  check({ text }) {
    const found: RuleMatch[] = [];
    for (const m of matchAll(text, KEYWORD)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const kind = RECORD_KEYWORDS[group]?.kind ?? 'record number';
      const afterKeyword = m.index + m[0].length;
      const tail = text.slice(afterKeyword, afterKeyword + 80);
      const gap = GAP.exec(tail)?.[0] ?? '';
      if (/[.!?\n]/.test(gap.replace(/no\.|#/gi, ''))) continue;
      const value = VALUE.exec(tail.slice(gap.length))?.[0];
      if (!value || !looksLikeRecordNumber(value)) continue;
      const start = afterKeyword + gap.length;
      const end = start + value.length;
      const keywordAndValue = text[end] === ')' && gap.includes('(') ? { start: m.index, end: end + 1 } : { start: m.index, end };
      found.push({
        start,
        end,
        message: `"${value}" is a ${kind}, a HIPAA identifier.`,
        suggestions: remove(text, keywordAndValue.start, keywordAndValue.end, kind),
      });
    }
    for (const first of [...found]) {
      const second = SECOND_VALUE.exec(text.slice(first.end, first.end + 40));
      if (!second || digitCount(second[1]!) !== digitCount(text.slice(first.start, first.end))) continue;
      const start = first.end + second[0].length - second[1]!.length;
      found.push({ start, end: start + second[1]!.length, message: `"${second[1]}" is another record number.`, suggestions: remove(text, start, start + second[1]!.length, 'record number') });
    }
    for (const m of matchAll(text, BED_LABEL)) {
      const start = m.index + m[0].length - m[1]!.length;
      found.push({ start, end: start + m[1]!.length, message: `"${m[1]}" says where the patient was.`, suggestions: remove(text, start, start + m[1]!.length, 'bed number') });
    }
    for (const m of matchAll(text, URL_PARAMETER)) {
      const value = m[1]!;
      if (digitCount(value) < 4) continue;
      const start = m.index + m[0].length - value.length;
      found.push({ start, end: start + value.length, message: `The link carries a record number ("${value}").`, suggestions: [] });
    }
    const units = [...matchAll(text, UNIT)].filter((m) => mentionsCase(sentenceOf(text, m.index, m.index + m[0].length), text));
    for (const m of [...matchAll(text, ROOM), ...units]) {
      if (aboutStaffOnly(sentenceOf(text, m.index, m.index + m[0].length))) continue; // "the whole 6 East night crew"
      if (aboutEvent(text, m.index, m.index + m[0].length) || NOT_A_PATIENT_ROOM.test(clauseBefore(text, m.index, 20))) continue;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ start, end, message: `"${m[0]}" says where the patient was.`, suggestions: remove(text, start, end, 'room or bed number') });
    }
    for (const link of internalLinks(text)) {
      for (const m of matchAll(link.link, /\/(\d{4,})(?=[/?#]|$)/g)) {
        const start = link.start + m.index + 1;
        found.push({ start, end: start + m[1]!.length, message: `The link carries a record number ("${m[1]}").`, suggestions: [] });
      }
    }
    for (const m of matchAll(text, DICOM_UID)) {
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" is a DICOM study UID, unique to one patient's exam.`, suggestions: [] });
    }
    for (const m of matchAll(text, SPECIMEN)) {
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" is a pathology specimen number, unique to one patient.`, suggestions: remove(text, m.index, m.index + m[0].length, 'specimen number') });
    }
    for (const m of matchAll(text, LABELLED_IN_LINK)) {
      const start = m.index + m[0].length - m[1]!.length;
      found.push({ start, end: start + m[1]!.length, message: `The link carries a record number ("${m[1]}").`, suggestions: [] });
    }
    return dropOverlaps(found);
  },
});
