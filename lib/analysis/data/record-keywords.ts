/**
 * Words that introduce a record, account or device number. Each entry is a case-insensitive
 * regular-expression source matched at a word boundary, then followed by the number it names.
 * Validated by tests/analysis/data.test.ts.
 */
export interface RecordKeyword {
  /** What the number is, as the user reads it in a message. */
  kind: string;
  pattern: string;
  note: string;
  source: string;
}

const HIPAA = 'HIPAA Privacy Rule, 45 CFR 164.514(b)(2) (Safe Harbor identifiers)';

export const RECORD_KEYWORDS: RecordKeyword[] = [
  {
    kind: 'medical record number',
    pattern: String.raw`M\.?\s?R\.?\s?N\b\.?(?:\s?#)?|MR\s?#|medical[- ]record(?:\s(?:number|no\.?|#))?|chart\s?(?:#|number|no\.)`,
    note: 'Medical record numbers, including spelled-out or spaced forms ("M R N").',
    source: `${HIPAA}, identifier (H)`,
  },
  {
    kind: 'accession number',
    pattern: String.raw`acc(?:ession)?(?:\s?(?:#|no\.?|number|num)|\b)`,
    note: 'Radiology accession numbers tie an image to one exam of one patient.',
    source: `${HIPAA}, identifier (R) "any other unique identifying number"; guidance.md phi.id`,
  },
  {
    kind: 'study UID',
    pattern: String.raw`(?:study|series|sop)(?:\s?instance)?\s?UID|UID`,
    note: 'DICOM instance UIDs are unique to one study and can be looked up in PACS.',
    source: `${HIPAA}, identifier (R); DICOM PS3.5 section 9`,
  },
  {
    kind: 'insurance member ID',
    pattern: String.raw`(?:member|insurance|subscriber|policy|medicaid|medicare|MBI|group)\s?(?:id\b|#|number|no\.?)`,
    note: 'Health-plan beneficiary numbers.',
    source: `${HIPAA}, identifier (I)`,
  },
  {
    kind: 'national health number',
    pattern: String.raw`(?:NHS|CHI|IHI|OHIP|health\s?card|Medicare|Medicaid|UHID|IP|OP|CR|hospital)\s?(?:#|number|no\.?|num\b)|UHID|health\s?card`,
    note: 'National and hospital patient numbers outside the US: NHS and CHI numbers (UK), Medicare and IHI (Australia), provincial health cards (Canada), UHID and IP/OP numbers (India).',
    source: `${HIPAA}, identifiers (H), (I) and (R); NHS England, Services Australia and Ontario Ministry of Health number formats`,
  },
  {
    kind: 'claim number',
    pattern: String.raw`claim\s?(?:#|number|no\.?|id\b)|claim\b|prior\s?auth(?:orization)?\s?(?:#|number|no\.?)|case\s?(?:#|number|no\.)\s?(?=\w*\d{4})`,
    note: 'Insurance claim and prior-authorisation numbers point to one patient\'s care.',
    source: `${HIPAA}, identifier (I) and (R)`,
  },
  {
    kind: 'account number',
    pattern: String.raw`(?:acct|account|encounter|billing|CSN|FIN|HAR)\b\.?(?:\s?(?:#|number|no\.?|id\b))?`,
    note: 'Hospital account, encounter and billing numbers.',
    source: `${HIPAA}, identifier (J)`,
  },
  {
    kind: 'device serial number',
    pattern: String.raw`serial(?:\s?(?:#|number|no\.?))?|S\/N|SN\s?#`,
    note: 'Serial numbers of implants and devices (pacemakers, pumps) point to one patient.',
    source: `${HIPAA}, identifier (M)`,
  },
  {
    kind: 'licence plate',
    pattern: String.raw`(?:licen[cs]e\s)?plate(?:\s?(?:#|number|no\.?))?|registration\s?(?:#|number|no\.?)|reg\b\.?`,
    note: 'Vehicle plates seen in trauma photos or EMS notes.',
    source: `${HIPAA}, identifier (L)`,
  },
  {
    kind: "driver's licence number",
    pattern: String.raw`driver['’]?s?\s?licen[cs]e(?:\s?(?:#|number|no\.?))?|DL\s?#`,
    note: 'Certificate and licence numbers.',
    source: `${HIPAA}, identifier (K)`,
  },
];

/** Query parameters of internal links that carry a record or accession number. */
export const RECORD_URL_PARAMETERS = [
  'mrn', 'acc', 'accession', 'accessionnumber', 'accession_number', 'accno', 'patientid', 'patient_id', 'pid',
  'ptid', 'studyuid', 'study_uid', 'studyinstanceuid', 'encounter', 'encounterid', 'csn', 'fin', 'mrnumber',
  'pat', 'patid', 'an', 'uhid', 'nhs', 'chart',
];
