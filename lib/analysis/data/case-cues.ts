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
    String.raw`pt|patient|patiente|bébé|née?|accouch\w+|case|kiddo|kid|baby|infant|toddler|teen(?:ager)?|grandpa|grandma|family|mom|dad|parents?|(?:a|one|two|three|\d) (?:pts|patients|kids|cases)`,
    String.raw`\w+(?:ectomy|otomy|ostomy|plasty)|3D|volume[- ]render(?:ed|ing|s)?|recons?|reconstructions?|screenshot|DOB|scan|study|exam|film|images?`,
    String.raw`\w+['’]s call|(?:solo|trauma|home|first) call|trauma (?:bay|call|alert)|code|stroke alert`,
    String.raw`(?:crushing |sudden |worst )?(?:chest|belly|abdo(?:minal)?) pain|found down|unresponsive|got called to|called out to|admitted|presented|presenting|came in|rolled in|brought in|walked out|went home|sent home|rang the bell|diagnosed|biopsied|operated|discharged|transferred|intubated|consult(?:ed)?|scanned|imaged`,
    String.raw`\d{1,3}\s?-?(?:yo|y/o|year-old|month-old|week-old|day-old)|saw|seen|caught|found|zebra|y/?o|yo|year-old|month-old|week-old|fractures?|stones?|mass|lesion|tumou?r|bleed|hernia|PE|DVT|disease|syndrome|chemo|surgery`,
    String.raw`pneumothorax|pneumonia|embolism|aneurysm|dissection|appendicitis|infarcts?|h(?:a)?emorrhage|effusion|obstruction|abscess|cancer|carcinoma|lymphoma|metastas[ie]s|nodule|cyst|occlusion|thrombus|intussusception|missed|miss`,
    String.raw`biops(?:y|ies|ied)|\w{3,}(?<!diagn|progn|hypn)(?:itis|osis|omas?|emia|pathy)|MRN|chart|visit|admission|admit(?:ted)?|discharge[ds]?`,
    String.raw`comes? in|rolls? in|walk(?:s|ed)? in|wheeled in|shows? up|showed up|drove (?:himself|herself|themselves) in|collapsed|coded|CPR|ROSC|intubat\w*|extubat\w*|resuscitat\w*|passed away|died|swallowed|ingested|envenomation|stitches|sutured`,
    String.raw`\d{1,3}\s?[MF]|[MF]\s?/\s?\d{1,3}|real (?:example|case|patient|one)|finding|once[- ]in[- ]a[- ](?:career|lifetime|decade)|rare (?:case|find)|(?:NG|ET|NJ|chest) tube|malposition\w*|fx|fxs`,
    String.raw`bitten|stung|(?:this|that|the|our|a|an|young|old|wee|my favou?rite)\s+(?:(?!only\b)[\w'’-]+\s+){0,2}?(?:guy|dude|gentleman|gent|fella|lady|man|woman|boy|girl|grandpa|grandma|granny|abuela|abuelo)(?:['’]s)?|lil\s+\w+|(?<!\ba\s)little(?!\s+(?:bit|while|more|less|too|of|over|under|late|early|extra)\b)`,
    String.raw`(?:bed|bay|room|rm|chair|cubicle|pod)\s?#?\d{1,3}[A-Z]?|(?:Mr|Mrs|Ms|Miss|Mme)\.?\s+[A-Z][a-z]+|my (?:reading |work)?list|worklist|replacement|fixation|(?:ORIF|repair) (?:of|on)|dear (?:gentleman|sir|ma['’]am|lady|patient)|(?:took|taken|back) (?:\w+ )?(?:back )?to (?:theatre|the OR|surgery)|rolls? into|rolled into|G\d+P\d+|placenta \w+|percreta|accreta|delivered|debridement|(?:he|she) passed|clips|(?:our|my|the) \w+ list`,
    String.raw`looked after|took care of|cared for|hyperthermia|hypothermia|anaphylaxis|overdose|DKA|sepsis|septic|STEMI|NSTEMI|seizure|PPH|cardiac arrest|arrested|chemo|diagnosed|consults|(?:on|in|to) (?:my|our) (?:[\w-]+ ){0,2}?(?:vent|unit|ICU|PICU|NICU|CCU|floor|ward|service|table|list)|(?:my|our) (?:pt|patient)(?!s)`,
    String.raw`frequent flyer|little one|preemie|newborn|neonate|(?:our |my |sweet )?little (?:guy|girl|man|lady|dude|fighter|warrior|one|mate|bub|bubba)|MVC|MVA|GSW|rollover|stabbing|dog bite|\d{1,3}[\s-](?:day|week|month|year|yr)s?[\s-]old`,
    String.raw`(?:the|this|that|a|an|my|our|his|her|tonight['’]s|today['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:CT|CTA|MRI|MR|MRA|XR|CXR|KUB|ultrasound|US|PET|angiogram|fluoro|mammogram|x-?ray|UGI|echo)(?!\s+(?:techs?|technologists?|scanners?|suite|department|team|staff|rooms?|protocols?|schedul\w*|list))`,
    String.raw`(?:CT|CTA|MRI|MR|XR|CXR|x-?rays?|US|ultrasound|PET|UGI|films?|scans?)\s+(?:from|I read|we read|I did|today|tonight|yesterday|this|last)`,
    String.raw`(?!(?:let|today|tonight|yesterday|tomorrow|what|that|it|there|here|who|he|she|everyone|nobody|somebody|someone)['’]s)\w+['’]s (?:[\w-]+ ){0,2}(?:CT|CTA|MRI|MR|XR|CXR|x-?rays?|ultrasound|scans?|films?)`,
  ],
  note: 'A sentence with one of these words is about a real case, so a date, time, place or pronoun in it may identify the patient.',
  source: `${GUIDANCE}: "Look what I saw last week is already too much"`,
};

export const SETTING_CUES: CueList = {
  name: 'setting',
  patterns: [
    String.raw`pts|patients|cases|kids|babies|families|reads|on call|(?:night|overnight|weekend) call|shifts?|overnight|nights`,
    String.raw`ED|ER|A&E|ICU|NICU|PICU|trauma|clinic|ward|room|bed|bay|OR|theatres?|urgence|hôpital|SNF|nursing home|hospice|L&D|triage|resus|EMS|ambulance|dialysis`,
    String.raw`scans|films|studies|exams|x-?rays?|photos|CT|CTA|MRI|MR|MRA|XR|CXR|KUB|ultrasound|US|sono|PET|angio(?:gram)?|fluoro|mammo(?:gram)?`,
  ],
  note: 'Where and how clinicians work: enough to tie a detail to a case only when the draft is about a case somewhere else (a patient, a finding, an encounter); on its own it is the job, not a case ("tonight\'s pts", "working nights this week", "MRI waiting times").',
  source: 'corpus/README.md: phi.time_hint is "vague recency about a real case"',
};

export const EVENT_CUES: CueList = {
  name: 'event',
  patterns: [
    String.raw`conference|congress|meeting|symposium|workshop|webinar|session|lecture|talk|keynote|panel|poster|abstracts?|exhibits?|booth|hall|registration|register|deadline|submit|submissions?`,
    String.raw`RSNA|ARRS|ECR|ASNR|SIR ?(?:20)?\d{2}|ISMRM|SNMMI|SPR|AUR|ACR|#(?:RSNA|ARRS|ECR|ASNR|SIIM|ISMRM)\d*|present(?:ing)?|come say hi|join us|see you`,
    String.raw`polls?|poll closes|voting|vote|closes|due|RSVP|livestream|going live|premieres?`,
    String.raw`opens|grand opening|plenary|slides|drill|simulation|sim lab|mass-casualty exercise|hosting|café|cafe|forum|meetup|open day|all welcome|drinks|potluck|(?:bake|cake) sale|charity|raffle|booth|(?:holiday|opening|clinic|office|summer|winter|festive) hours|rota|live from|convention|exhibition|expo|summit|#[A-Za-z]{2,10}(?:19|20)?\d{2}|residents['’]? day|training|classes|class|seminar|boot ?camp|hackathon|fundraiser|5k|gala|barbecue|bbq|tug of war|quiz night|secret santa|bake off|staff party|screening (?:day|event|clinic)|(?:flu|vaccine|vaccination) (?:clinic|day|drive)`,
    String.raw`(?:MSK|neuro|chest|body|peds|paeds|EM|rad|regional|departmental|registrar|resident|F1|FY1) teaching|teaching (?:session|slot|afternoon|morning|day)|lunch and learn|journal club|grand rounds|noon conference|case conference|didactics|board review|M&M|morbidity and mortality|pizza provided|CME|course|retreat`,
    String.raw`(?:clinic|office|practice|we['’]re|we are|department)\s+(?:is\s+|will be\s+)?(?:open|closed)|opens\s+(?:this|next|on|in)|new (?:office|location|clinic)|walk-ins?|(?:office|clinic) hours|accepting new patients|covering for|(?:holiday|weekend|vacation) coverage|coverage (?:over|during|for)`,
  ],
  note: "Conferences, deadlines and the practice's own notices (opening hours, a new office, holiday coverage): their dates, rooms and places are not about a patient.",
  source: `corpus/README.md labelling conventions ("conference dates, rooms, booths and cities")`,
};

export function cueRegExp(list: { patterns: string[] }): RegExp {
  // "every family", "all patients": everyone, not one case.
  return new RegExp(`(?<![\\w/-])(?<!(?:^|\\s)(?:every|all|any|each|most|many)\\s{1,3})(?:${list.patterns.join('|')})(?![\\w-])`, 'i');
}
