import type { LexiconEntry } from './lexicon';

const GUIDANCE = 'guidance.md prof.disclaimer_missing: "a teaching case or clinical content with no disclaimer"';

/** Findings and diagnoses: what makes a post clinical content rather than a story about work. */
export const FINDINGS: LexiconEntry[] = [
  { pattern: String.raw`lesions?|mass(?:es)?|fractures?|tears?|nodules?|cysts?|tumou?rs?|stones?|hernias?|aneurysms?|dissection|embol\w+|pneumo\w+|h(?:a)?emorrhage|bleed|infarcts?|stenosis|occlusion|effusion|edema|abscess|obstruction|appendicitis|intussusception|volvulus|malrotation|atresia|carcinoma|cancer|lymphoma|metasta\w+|malformation|syndrome|disease|anomaly|triad|injury|injuries|foreign body|dislocation|rupture[ds]?|thrombus|clot|zebra|stroke|swallowed|ingested|ingestion|fx|fxs|thickening|duplicat(?:ed|ion)|perforat\w+|Le ?Fort (?:I{1,3}|[123])|architectural distortion|rosacea|lupus|sunburn|slipped capital femoral epiphysis|fluid|bruise|contusion|hardware|fusion|fixation|implant|stent|graft`, note: 'Findings and diagnoses.', source: GUIDANCE },
  { pattern: String.raw`\w{3,}(?<!diagn|progn|hypn)(?:itis|omas?|osis|oses|ectomy|otomy|ostomy|emia|pathy|plasia|trophy|cele|algia|iasis)`, note: 'Diagnoses recognised by their medical suffix.', source: GUIDANCE },
  { pattern: String.raw`PE|DVT|SAH|SDH|EDH|ICH|AAA|PTX|SBO|DAI|MI|CVA|TIA|IVH|IDC|ILC|DCIS|with (?:an? )?[A-Z]{3,5}`, note: 'Diagnoses written as abbreviations.', source: GUIDANCE, caseSensitive: true },
  { pattern: String.raw`(?:showed|shows|showing|revealed|demonstrat(?:es|ed|ing))\s+(?:an?|the|no|bilateral|diffuse|large|small|multiple|extensive|classic|free|new)\b|consistent with|came in with|present(?:ed|ing|s) with|enhancing|hypodense|hyperdense|calcifi\w+|sclerotic|lytic|classic \w+ sign|(?!(?:to|and|or|please|pls|will|must|can|not|would|should|could|also|then|they|we|you|I)\b)\w+ sign`, note: 'Describing what an image shows, or how a patient presented.', source: GUIDANCE },
];

/**
 * What a real patient came in with or went through: a mechanism, a complaint, a common diagnosis,
 * or a result. With a patient in the draft, any of these makes a case story clinical content ("guy
 * comes in with a fishing hook through his eyelid"), unless the story is a thank-you or a celebration
 * (a diagnosis counts even then: see DIAGNOSES).
 */
export const PRESENTATIONS: LexiconEntry[] = [
  { pattern: String.raw`(?:fish(?:ing)? )?hooks?|beads?|forks?|stuck (?:in|up) (?:his|her|their|a|the) \w+|lodged|impaled|bitten|bit (?:him|her|them)|stings|stung|(?:pulled|took|removed|fished|got) (?:a |an |the )?(?:[\w-]+ ){0,3}out of (?:his|her|their|a|the|this) (?:ear|nose|nostril|eye|throat|rectum|bladder|hand|foot|finger|vagina|esophagus)|envenomation|lac(?:eration)?s?|burns?(?! (?:unit|centre|center|ward))|(?:car|bike|motorbike|motorcycle|moto|quad|ATV|scooter|e-scooter|tractor|plane|truck) (?:crash|wreck|accident)|crashed|MVC|MVA|pile-?up|rollover|overdose|OD['’]?d|electrocuted|drowning|GSW|stabbed`, note: 'Mechanisms and injuries.', source: GUIDANCE },
  { pattern: String.raw`chest pain|headache|rash|fever|hearing loss|vision loss|jaundice|(?:a little|turned|looks?|looking|is) yellow|bleeding|bled|seiz\w+|vomiting|short of breath|SOB|hydrophobia|neck stiffness|syncope|passed out|collapsed|found down|hangnail|lump|swollen|limp(?:ing)?|wheez\w+|stridor|drooling|floppy|lethargic|(?:acutely|more|newly) confused|confusion|hallucinat\w+|psychotic|suicidal|fully dilated|crowning|in active labou?r`, note: 'Complaints and how a patient presented.', source: GUIDANCE },
  { pattern: String.raw`(?:K|potassium|hgb|Hb|h(?:a)?emoglobin|bili|bilirubin|trop(?:onin)?|lactate|glucose|sugar|GCS|sats|SpO2|pressure|BP|temp|A1c|INR|sodium|Na|creatinine|lipase)(?: of| was| is| at| came back at)? \d+(?:\.\d+)?(?:\/\d+)?`, note: 'Results and vital signs with a value.', source: GUIDANCE },
];

/**
 * Diagnoses and events that the finding list does not name: with a patient in the draft they make it
 * a case presentation, even in a thank-you ("GBS is a long road but he walked out").
 */
export const DIAGNOSES: LexiconEntry[] = [
  { pattern: String.raw`shingles|measles|mumps|sepsis|septic|anaphylaxis|hyperkal\w+|commotio cordis|melanoma|slipped capital femoral epiphysis|Lisfranc|subdural|bile leak|syrinx|placenta (?:previa|accreta|increta|percreta)|en caul|breech|shoulder dystocia|cord prolapse|ectopic|miscarriage|cardiac arrest|arrest(?:ed)?|heart attack|kidney stones?|flu(?! (?:shots?|jabs?|vaccines?|season|surge|clinic))|covid|croup|bronchiolitis|cellulitis|gout|ascites|cirrhosis|viscus|pressors?|lead is toast`, note: 'Common diagnoses and events.', source: GUIDANCE },
  { pattern: String.raw`N?STEMI|DKA|BCC|SCC|SCFE|AVF|PPH|RSV|UTI|GBS|HELLP|TBI|POTS|[Aa]-?fib|AFib|AFIB|C\.? ?diff|VSD|ASD|TEF|PDA|NEC|RDS|SBO|HbA1c|TB|HIV|COPD|CHF|AKI|CKD|ACS|VT|VF|SVT|peaked T['’]?s`, note: 'Diagnoses as clinicians abbreviate them, in capitals.', source: GUIDANCE, caseSensitive: true },
  { pattern: String.raw`Guillain-Barr[ée]|pre-?eclampsia|eclampsia|malignant hyperthermia|hyperthermia|hypothermia|frostbite|concussion|delirium|zoster|keloid|acne|eczema|cavities|caries|tooth decay|paralysis|weakness|psoriasis|ulcers?|pressure sores?|bed ?sores?|apraxia|aphasia|dysphagia|dysarthria|polyps?|sbo|infiltrates?|NIHSS \d+|crush injur(?:y|ies)|stab wounds?|gunshot|pedestrian struck|struck by|overdosed?|poisoning|anemia|anaemia|hypoglyc\w+|hyperglyc\w+|diabetic \w+|A1c|trough|toxicity|hemorrhagic|haemorrhagic|dengue|malaria|tuberculosis|hepatitis|cholera|typhoid|pneumonia|asthma|heart failure|pyelo\w*|meningitis|encephalitis|seizures?|status epilepticus|migraine|embolus|angina|arrhythmia|bradycardia|tachycardia|heart block`, note: 'More diagnoses, in the words clinicians post.', source: GUIDANCE },
  { pattern: String.raw`(?:tore|broke|fractured|dislocated) (?:his|her|their|an?) (?:[\w-]+ )?(?:arm|leg|wrist|ankle|hip|neck|back|nose|jaw|ribs?|fingers?|toes?|collarbone|clavicle|femur|tibia|bones?|elbow|foot|hand|pelvis|skull|knee|shoulder|ACL|MCL|meniscus|achilles|tendon|hamstring|spine|vertebra)|(?:torn|broken|fractured|dislocated) (?:arm|leg|wrist|ankle|hip|neck|back|nose|jaw|ribs?|fingers?|toes?|collarbone|clavicle|femur|tibia|bones?|elbow|foot|hand|pelvis|skull|knee|shoulder|ACL|MCL|meniscus|achilles|tendon|hamstring|spine|vertebra)|ruptured|dislocat\w+|reattached|amputat\w+|(?:dog|cat|snake|spider|croc\w*|shark|horse|bat|tick|human|bee|wasp) ?bites?|fish ?bone`, note: 'Injuries named by what happened to the body.', source: GUIDANCE },
];

/**
 * Care given to a patient: resuscitation, procedures, drugs given, the ward and the theatre. With a
 * patient in the draft, these make it a case story even when it ends in thanks.
 */
export const CARE_GIVEN: LexiconEntry[] = [
  { pattern: String.raw`transfus\w+|intubat\w+|extubat\w+|ROSC|defib\w*|shocked (?:him|her|them|back)|(?<!\d)\d{1,3} shocks|bystander CPR|CPR|resuscitat\w+|on the vent|ventilat(?:ed|or)|vials? of|antivenom|anti-?venom|ex-?fix|ORIF|reduced (?:it|the|his|her)|splint(?:ed)?|sutur\w+|stitch(?:ed|es)|drained|debrid\w+|amputat\w+|thromboly\w+|thrombectomy|stented|cath lab|dialys\w+|(?:back )?to theatre|(?:in|to) the OR|operated on|admitted (?:him|her|them)|started (?:IV|him|her|them|on)|loaded (?:him|her|them|with)|gave (?:him|her|them) \w+|extracted|extraction|root canal|rehab|excised|scope(?:d)? (?:got|took) (?:it|them) out|advance-and-cut|McRoberts|flew (?:him|her|them) (?:to|out)|offloaded|switched (?:him|her|them|it) to|called the prescriber`, note: 'Resuscitation, procedures and treatment given.', source: GUIDANCE },
];

/** Imaging, anatomy and teaching words: clinical content together with a finding, or with a case shown. */
export const IMAGING_AND_ANATOMY: LexiconEntry[] = [
  { pattern: String.raw`CT|CTA|MRI|MR|MRA|XR|CXR|KUB|UGI|US|PET|DWI|FLAIR|SWI|T1|T2|3D`, note: 'Imaging modalities and sequences, in capitals.', source: GUIDANCE, caseSensitive: true },
  { pattern: String.raw`x-?ray(?:s|ed)?|ultrasound|sono\w*|mammo\w*|fluoro\w*|angio\w*|scan|scans|radiograph\w*|films?|portable|contrast|sequences?|recons?|reconstructions?|render\w*`, note: 'Imaging words.', source: GUIDANCE },
  { pattern: String.raw`findings?|diagnos[ie]s|differential|impression|textbook|pearl|anatomy|lobe|vertebra\w*|spine|knee|hip|liver|kidney|lung|brain|bowel|aorta|appendix|bronch(?:us|i)|trachea|stomach|colon|rectum|bladder|uterus|ovar(?:y|ies)|pancreas|spleen|gallbladder|thyroid|skull|face|facial|mandible|ACL|meniscus|scaphoid|pelvis|esophagus|duodenum|tibia\w*|femur|curve|pre-?op|post-?op`, note: 'Teaching words and anatomy.', source: GUIDANCE },
];

/** Phrasings of a disclaimer. The user's own configured disclaimer also counts. */
export const DISCLAIMERS: LexiconEntry[] = [
  { pattern: String.raw`views?(?: are)? (?:my|mine)(?: own)?|opinions?(?: are)? (?:my|mine)(?: own)?|my (?:own )?(?:views|opinions)|views mine|not (?:my|the views of my) (?:employer|institution|dept|department|program|hospital)['’]?s?`, note: '"Views my own".', source: 'guidance.md prof.disclaimer_missing' },
  { pattern: String.raw`not (?:personal |individual )?med(?:ical)? advice|#notmedicaladvice|nothing here is medical advice|no medical advice|not a substitute for (?:medical|professional) advice`, note: '"Not medical advice".', source: 'guidance.md prof.disclaimer_missing' },
  { pattern: String.raw`(?:for )?educational? (?:purposes |use |content|post)?only|educational (?:content|post|purposes)|for education(?:al purposes)? only|education only|edu(?:cational)? (?:only|use|discussion only)|for educational use|teaching(?: purposes)? only|for teaching purposes|teaching file|for trainees and students|de-?identified teaching files?`, note: '"For education only".', source: 'guidance.md prof.disclaimer_missing' },
];
