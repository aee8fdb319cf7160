import type { LexiconEntry } from './lexicon';

const GUIDANCE = 'guidance.md prof.disclaimer_missing: "a teaching case or clinical content with no disclaimer"';

/** Findings and diagnoses: what makes a post clinical content rather than a story about work. */
export const FINDINGS: LexiconEntry[] = [
  { pattern: String.raw`lesions?|mass(?:es)?|fractures?|tears?|nodules?|cysts?|tumou?rs?|stones?|hernias?|aneurysms?|dissection|embol\w+|pneumo\w+|h(?:a)?emorrhage|bleed|infarcts?|stenosis|occlusion|effusion|edema|abscess|obstruction|appendicitis|intussusception|volvulus|malrotation|atresia|carcinoma|cancer|lymphoma|metasta\w+|malformation|syndrome|disease|anomaly|triad|injury|injuries|foreign body|dislocation|rupture[ds]?|perforation|thrombus|clot|zebra|stroke|swallowed|ingested|ingestion|fx|fxs|thickening|fluid|bruise|contusion|hardware|fusion|fixation|implant|stent|graft`, note: 'Findings and diagnoses.', source: GUIDANCE },
  { pattern: String.raw`\w{3,}(?<!diagn|progn|hypn)(?:itis|omas?|osis|oses|ectomy|otomy|ostomy|emia|pathy|plasia|trophy|cele|algia|iasis)`, note: 'Diagnoses recognised by their medical suffix.', source: GUIDANCE },
  { pattern: String.raw`PE|DVT|SAH|SDH|EDH|ICH|AAA|PTX|SBO|DAI|MI|CVA|TIA|with (?:an? )?[A-Z]{3,5}`, note: 'Diagnoses written as abbreviations.', source: GUIDANCE, caseSensitive: true },
  { pattern: String.raw`(?:showed|shows|showing|revealed|demonstrat(?:es|ed|ing))\s+(?:an?|the|no|bilateral|diffuse|large|small|multiple|extensive|classic|free|new)\b|consistent with|came in with|present(?:ed|ing|s) with|enhancing|hypodense|hyperdense|calcifi\w+|sclerotic|lytic|classic \w+ sign|\w+ sign`, note: 'Describing what an image shows, or how a patient presented.', source: GUIDANCE },
];

/** Imaging, anatomy and teaching words: clinical content together with a finding, or with a case shown. */
export const IMAGING_AND_ANATOMY: LexiconEntry[] = [
  { pattern: String.raw`CT|CTA|MRI|MR|MRA|XR|CXR|KUB|UGI|US|PET|DWI|FLAIR|SWI|T1|T2|3D`, note: 'Imaging modalities and sequences, in capitals.', source: GUIDANCE, caseSensitive: true },
  { pattern: String.raw`x-?rays?|ultrasound|sono\w*|mammo\w*|fluoro\w*|angio\w*|scan|scans|radiograph\w*|films?|portable|contrast|sequences?|recons?|reconstructions?|render\w*`, note: 'Imaging words.', source: GUIDANCE },
  { pattern: String.raw`findings?|diagnos[ie]s|differential|impression|textbook|pearl|anatomy|lobe|vertebra\w*|spine|knee|hip|liver|kidney|lung|brain|bowel|aorta|skull|face|facial|mandible|ACL|meniscus|scaphoid|pelvis|esophagus|duodenum|tibia\w*|femur|curve|pre-?op|post-?op`, note: 'Teaching words and anatomy.', source: GUIDANCE },
];

/** Phrasings of a disclaimer. The user's own configured disclaimer also counts. */
export const DISCLAIMERS: LexiconEntry[] = [
  { pattern: String.raw`views?(?: are)? (?:my|mine)(?: own)?|opinions?(?: are)? (?:my|mine)(?: own)?|my (?:own )?(?:views|opinions)|views mine|not (?:my|the views of my) (?:employer|institution|dept|department|program|hospital)['’]?s?`, note: '"Views my own".', source: 'guidance.md prof.disclaimer_missing' },
  { pattern: String.raw`not (?:personal |individual )?medical advice|#notmedicaladvice|nothing here is medical advice|no medical advice|not a substitute for (?:medical|professional) advice`, note: '"Not medical advice".', source: 'guidance.md prof.disclaimer_missing' },
  { pattern: String.raw`(?:for )?educational? (?:purposes |use |content|post)?only|educational (?:content|post|purposes)|for education(?:al purposes)? only|education only|teaching(?: purposes)? only|for teaching purposes|for trainees and students|de-?identified teaching files?`, note: '"For education only".', source: 'guidance.md prof.disclaimer_missing' },
];
