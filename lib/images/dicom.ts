import dicomParser from 'dicom-parser';
import type { Category } from '../analysis/types';
import type { ImageFinding } from './types';

/** DICOM attributes that identify a patient (PS3.15 E.1's basic profile, the ones clinicians' exports carry). */
const ATTRIBUTES: Array<{ tag: string; name: string; category: Category; what: string }> = [
  { tag: 'x00100010', name: "Patient's Name", category: 'phi.name', what: "the patient's name" },
  { tag: 'x00100020', name: 'Patient ID', category: 'phi.id', what: "the patient's ID" },
  { tag: 'x00101000', name: 'Other Patient IDs', category: 'phi.id', what: "another of the patient's IDs" },
  { tag: 'x00100030', name: "Patient's Birth Date", category: 'phi.date', what: "the patient's birth date" },
  { tag: 'x00100040', name: "Patient's Sex", category: 'phi.gender', what: "the patient's sex" },
  { tag: 'x00101010', name: "Patient's Age", category: 'phi.age', what: "the patient's age" },
  { tag: 'x00101040', name: "Patient's Address", category: 'phi.geo', what: "the patient's address" },
  { tag: 'x00102154', name: "Patient's Telephone Numbers", category: 'phi.contact', what: "the patient's phone number" },
  { tag: 'x00080050', name: 'Accession Number', category: 'phi.id', what: 'the accession number' },
  { tag: 'x00080080', name: 'Institution Name', category: 'phi.geo', what: 'the hospital' },
  { tag: 'x00080081', name: 'Institution Address', category: 'phi.geo', what: "the hospital's address" },
  { tag: 'x00080020', name: 'Study Date', category: 'phi.date', what: 'the date of the study' },
  { tag: 'x00080021', name: 'Series Date', category: 'phi.date', what: 'the date of the series' },
  { tag: 'x00080022', name: 'Acquisition Date', category: 'phi.date', what: 'the date it was acquired' },
  { tag: 'x00080023', name: 'Content Date', category: 'phi.date', what: 'the date of the image' },
  { tag: 'x00080090', name: "Referring Physician's Name", category: 'phi.name', what: 'the referring physician' },
  { tag: 'x00081050', name: "Performing Physician's Name", category: 'phi.name', what: 'the performing physician' },
  { tag: 'x00081070', name: "Operators' Name", category: 'phi.name', what: 'the technologist' },
  { tag: 'x00181000', name: 'Device Serial Number', category: 'phi.id', what: "the scanner's serial number" },
];

const NOTE = 'DICOM files carry the patient in their header whatever the pixels show: export the image as a de-identified PNG or JPEG, or anonymise the file first.';

/** A DICOM value that is really there: not empty, not only padding or "anonymous" placeholders. */
const present = (value: string | undefined): value is string => !!value && !/^[\s^0]*$/.test(value) && !/^(?:anonymi[sz]ed|anon|removed|unknown|n\/?a)$/i.test(value.replace(/\^/g, ' ').trim());

export interface DicomHeader {
  findings: ImageFinding[];
  /** The file says text is burned into its pixels (Burned In Annotation = YES). */
  burnedIn: boolean;
  hasPixels: boolean;
}

/** The patient details in a DICOM file's header. Throws when the file is not DICOM it can read. */
export function checkDicomHeader(bytes: Uint8Array): DicomHeader {
  const dataSet = dicomParser.parseDicom(bytes);
  const findings: ImageFinding[] = [];
  for (const { tag, name, category, what } of ATTRIBUTES) {
    if (!present(dataSet.string(tag))) continue;
    findings.push({ ruleId: 'dicom-header', category, severity: 'error', message: `The file's DICOM header holds ${what} (${name}).`, note: NOTE, field: name });
  }
  const burnedIn = dataSet.string('x00280301')?.trim().toUpperCase() === 'YES';
  if (burnedIn) {
    findings.push({
      ruleId: 'dicom-header',
      category: 'phi.id',
      severity: 'error',
      message: 'The file says patient details are burned into its pixels (Burned In Annotation).',
      note: NOTE,
      field: 'Burned In Annotation',
    });
  }
  return { findings, burnedIn, hasPixels: !!dataSet.elements.x7fe00010 };
}
