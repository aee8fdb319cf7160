/**
 * Words that show a sentence is about a real case or patient, as opposed to teaching, a
 * conference or the author's life. Each entry is a case-insensitive regular-expression source.
 * Validated by tests/analysis/data.test.ts.
 */
export interface CueList {
  name: string;
  patterns: string[];
  note: string;
  source: string;
}

const GUIDANCE = 'docs/guidance.md (RSNA 2023 "Pearls and Pitfalls of Social Media in Radiology")';

export const CASE_CUES: CueList = {
  name: 'case',
  patterns: [
    String.raw`pts?|patients?|case|cases|kiddo|kid|baby|infant|toddler|teen(?:ager)?|grandpa|grandma|family|mom|dad|parents?`,
    String.raw`\w+(?:ectomy|otomy|ostomy|plasty)|3D|volume[- ]render(?:ed|ing|s)?|recons?|reconstructions?|screenshot|DOB|scan|study|exam|film|images?|CT|CTA|MRI|MR|MRA|x-?rays?|XR|CXR|KUB|ultrasound|sono|PET|angio(?:gram)?|fluoro|mammo(?:gram)?`,
    String.raw`reads|on call|\w+['’]s call|(?:night|overnight|solo|trauma|weekend|home|first) call|shift|overnight|ED|ER|ICU|NICU|PICU|trauma(?: bay| call| alert)?|clinic|ward|room|bed|bay|OR|code|stroke alert`,
    String.raw`admitted|presented|presenting|came in|rolled in|brought in|diagnosed|biopsied|operated|discharged|transferred|intubated|consult(?:ed)?|scanned|imaged`,
    String.raw`\d{1,3}\s?-?(?:yo|y/o|year-old|month-old|week-old|day-old)|saw|seen|caught|found|zebra|y/?o|yo|year-old|month-old|week-old|fractures?|stones?|mass|lesion|tumou?r|bleed|hernia|PE|DVT|disease|syndrome|chemo|surgery`,
    String.raw`pneumothorax|pneumonia|embolism|aneurysm|dissection|appendicitis|infarcts?|h(?:a)?emorrhage|effusion|obstruction|abscess|cancer|carcinoma|lymphoma|metastas[ie]s|nodule|cyst|occlusion|thrombus|intussusception|missed|miss`,
    String.raw`scans|films|studies|exams|x-?rays|photos|biops(?:y|ies|ied)|\w{3,}(?<!diagn|progn|hypn)(?:itis|osis|omas?|emia|pathy)|MRN|chart|visit|admission|admit(?:ted)?|discharge[ds]?`,
    String.raw`comes? in|rolls? in|walk(?:s|ed)? in|wheeled in|shows? up|showed up|drove (?:himself|herself|themselves) in|collapsed|coded|CPR|ROSC|intubat\w*|extubat\w*|resuscitat\w*|passed away|died|swallowed|ingested|envenomation|stitches|sutured`,
    String.raw`SNF|nursing home|hospice|L&D|triage|resus|EMS|ambulance|frequent flyer|little one|preemie|newborn|neonate|dialysis`,
  ],
  note: 'A sentence with one of these words is about a real case, so a date, time, place or pronoun in it may identify the patient.',
  source: `${GUIDANCE}: "Look what I saw last week is already too much"`,
};

export const EVENT_CUES: CueList = {
  name: 'event',
  patterns: [
    String.raw`conference|congress|meeting|symposium|workshop|webinar|session|lecture|talk|keynote|panel|poster|abstracts?|exhibits?|booth|hall|registration|register|deadline|submit|submissions?`,
    String.raw`RSNA|ARRS|ECR|ASNR|SIR|ISMRM|SNMMI|SPR|AUR|ACR|#(?:RSNA|ARRS|ECR|ASNR|SIIM|ISMRM)\d*|present(?:ing)?|come say hi|join us|see you`,
    String.raw`polls?|poll closes|voting|vote|closes|due|RSVP|livestream|going live|premieres?`,
    String.raw`lunch and learn|journal club|grand rounds|noon conference|case conference|didactics|board review|M&M|morbidity and mortality|pizza provided|CME|course|retreat`,
    String.raw`(?:clinic|office|practice|we['’]re|we are|department)\s+(?:is\s+|will be\s+)?(?:open|closed)|opens\s+(?:this|next|on|in)|new (?:office|location|clinic)|walk-ins?|(?:office|clinic) hours|accepting new patients|covering for|(?:holiday|weekend|vacation) coverage|coverage (?:over|during|for)`,
  ],
  note: "Conferences, deadlines and the practice's own notices (opening hours, a new office, holiday coverage): their dates, rooms and places are not about a patient.",
  source: `corpus/README.md labelling conventions ("conference dates, rooms, booths and cities")`,
};

export function cueRegExp(list: CueList): RegExp {
  return new RegExp(`(?<![\\w/-])(?:${list.patterns.join('|')})(?![\\w-])`, 'i');
}
