import type { LexiconEntry } from './lexicon';

const GUIDANCE = 'guidance.md prof.medical_advice: "Don\'t give medical advice ... refer them to their own doctor"';
const CORPUS = 'corpus README prof.medical_advice: "Telling a member of the public what to do medically, interpreting their findings"';

/** A medicine by its class or a common generic stem: "sertraline", "lisinopril", "antibiotics", "sleeping tablets". */
export const DRUG = String.raw`(?:\b[a-z]+(?:pril|sartan|statin|olol|azole|mycin|cillin|floxacin|prazole|tidine|triptan|azepam|azolam|oxetine|traline|italopram|ipine|codone|profen|thyroxine|formin)|insulin|antibiotics?|steroids?|antidepressants?|(?:sleeping|water) (?:pills|tablets))\b`;

/** What a member of the public could be told to take, use or do for their health. */
export const TREATMENTS: LexiconEntry[] = [
  {
    pattern: String.raw`tylenol|acetaminophen|paracetamol|panadol|calpol|nurofen|motrin|advil|ibuprofen|naproxen|aleve|aspirin|benadryl|diphenhydramine|zyrtec|cetirizine|claritin|loratadine|allegra|antihistamines?|decongestants?|melatonin|pepto(?:-bismol)?|imodium|miralax|tums|antacids?|cough syrup|nasal spray|saline|(?:children['’]s|infant) (?:motrin|tylenol|advil)`,
    note: 'Medicines sold over the counter, by brand and by name.',
    source: GUIDANCE,
  },
  {
    pattern: String.raw`adapalene|tretinoin|retinoids?|benzoyl peroxide|spironolactone|minoxidil|hydrocortisone|clotrimazole|antibiotics?|augmentin|amoxicillin|azithromycin|keflex|cipro|doxy(?:cycline)?|steroid shots?|steroids?|prednisone|dexamethasone|sertraline|zoloft|prozac|lexapro|SSRIs?|metformin|insulin|statins?|opioids?|oxy(?:codone)?|creatine|supplements?|(?:a (?:daily )?)?multivitamins?|vitamin [A-EK]\d*|zinc|iron pills?|magnesium|probiotics?|the pill|birth control|radioiodine|I-131|post-exposure shots|rabies shots|meds(?! list)|medications?(?! list)|narcan|naloxone|epi-?pens?|inhalers?`,
    note: 'Prescription medicines, supplements and jabs a reader might start, stop or change.',
    source: GUIDANCE,
  },
  {
    pattern: String.raw`ice packs?|ice (?:it|them|the \w+|your \w+)|icing|heat packs?|(?:thumb spica |wrist )?splints?|(?:walking|moon|CAM) boot|brace|sling|compression (?:socks|stockings|wrap|bandage)|electrolytes|pedialyte|fluids|(?:a |the )?humidifier|steam(?:y bathroom)?|cold night air|bed rest`,
    note: 'Home care and first aid for an illness or injury the reader already has. Prevention for everyone (vaccines, helmets, sunscreen) is a public-health reminder, not advice.',
    source: CORPUS,
  },
  { pattern: 'RICE', caseSensitive: true, note: 'Rest, ice, compression, elevation, in capitals ("rice-grain" is toothpaste).', source: CORPUS },
];

/** A dose, an interval or a course: "500 mg", "0.6 mg/kg", "q6h", "every 3 hrs", "x 5 days", "4 liters". */
export const DOSES: LexiconEntry[] = [
  { pattern: String.raw`\d+(?:\.\d+)?\s?%(?= (?:gel|cream|wash|solution|ointment|lotion|foam))|\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|mL|cc|IU|units?)(?:\/kg)?|\d+(?:\.\d+)?\s?(?:L|liters?|litres?)|q\d+h|(?:once|twice|three times) (?:a|per) day|every \d+(?:\s?-\s?\d+)? (?:hrs?|hours?)|x ?\d+ (?:days|weeks|d)|(?:bump|increase|drop) (?:it )?(?:up )?to \d+|\b\d{1,2} (?:tabs?|tablets?|pills?)\b|(?:ibuprofen|tylenol|paracetamol|acetaminophen|advil|motrin|naproxen|aleve|panadol|nurofen) \d{3,4}\b|halve the dose`, note: 'Doses, intervals and courses of a medicine.', source: CORPUS },
];

/** Sending a reader to, or away from, a place of care: "skip the ER", "bring her in", "→ ER now". */
export const CARE_DIRECTIONS: LexiconEntry[] = [
  {
    pattern: String.raw`(?:skip|avoid|instead of|don['’]t waste (?:money|time) on|stop bringing (?:ur|your) (?:kids?|child|baby) to|save (?:ur|your) copay(?: on)?) (?:the |an? )?(?:ER|ED|urgent care|emergency room|doctor)(?: visit)?|(?:bring|take) (?:her|him|them|(?:ur|your) (?:kid|child|baby|son|daughter|little one|toddler|boy|girl)) (?:in|to the (?:ER|ED|emergency room))|(?:→|->|=) ?(?:ER|ED|911|come in)|(?:needs?|go to) the (?:ER|ED|emergency room)|ER,? every time|urgent care can handle|ask (?:your|ur) (?:pharmacist|GP|doctor|dentist|chemist) (?:for (?:an? )?${DRUG}|to (?:swap|switch|change|prescribe|start|up) (?:you|it|your))|get (?:to|them to|him to|her to) (?:a|the|your) (?:dentist|doctor|GP|hospital|A&E|ER|ED)(?: within| today| now| asap| straight away)|don['’]t rush (?:in|to (?:the )?(?:A&E|ER|ED|hospital|clinic|GP))|before you call anyone|(?:I )?(?:honestly )?(?:wouldn['’]t|would not|don['’]t) bother (?:seeing|with|getting|going to) (?:a |an |the )?(?:surgeon|doctor|GP|specialist|ER|A&E|scan|MRI|x-?ray|dermatologist)|no need to (?:call|see|ask|check with) your (?:\w+ )?(?:doctor|GP|cardiologist|surgeon|specialist|consultant|pharmacist)|no need to (?:come in|go in|rush (?:in|to (?:the )?(?:A&E|ER|ED|hospital|clinic|GP))|go to (?:the )?(?:A&E|ER|ED|hospital|clinic|GP))|(?:skip|avoid) the (?:clinic|GP|A&E|hospital)(?! (?:car ?park|parking|caf[ée]|canteen|shop|lifts?))|give it (?:a couple of|a few|\d+) (?:days|weeks) before (?:booking|seeing|calling|going)|911, do not drive|call (?:911|999|112|000|\d{4,5}|an ambulance) (?:straight away|right away|immediately|now)|don['’]t (?:sit through|ignore|wait out|tough out|push through|sleep off) (?:a |the |your |ur )?(?:\w+ )?(?:pain|headaches?|fevers?|symptoms|numbness|weakness|bleeding|lumps?)`,
    note: 'Telling a reader when to go, or not go, to the emergency department or the doctor.',
    source: CORPUS,
  },
];

/** Reassuring or diagnosing a reader: "you'll be fine", "nothing to worry about", "looks fine to me". */
export const REASSURANCES: LexiconEntry[] = [
  {
    pattern: String.raw`you can (?:safely |just )?ignore (?:it|this|that|them)|(?:your|the) (?:doctor|GP|dentist|surgeon) is (?:just )?(?:being )?(?:over-?cautious|paranoid|overreacting)|you (?:have|['’]ve got) (?:depression|anxiety|ADHD|IBS|shingles|a UTI|an ear infection|strep|tonsillitis|sciatica|gout|tendinitis|plantar fasciitis)|(?:you['’]ll|you will|u['’]ll|u will|she['’]ll|he['’]ll|they['’]ll) be (?:fine|ok(?:ay)?|totally fine)|they['’]re (?:fine|FINE)|nothing to worry about|no need to worry|(?:looks?|seems?) (?:fine|normal|benign|ok) to me|no surgery needed|it['’]s fine to give|you (?:don['’]t|do not|won['’]t) need (?:a|an|the|antibiotics?|to)|u (?:don['’]t|won['’]t) need|that['’]s (?:a |an )?(?:rhabdo|sprain|benign)|(?:that['’]s|it['’]s) (?:almost always|usually|probably|most likely) (?:just )?(?:a |an |the )?(?:fine|harmless|(?:pulled|strained) muscle|muscle strain|sprain|virus|viral|cold|anxiety|stress|nothing|benign|normal|hormon\w+|growing pains|teething|reflux|heartburn|vitreous|floaters|gas|wind|colic|cyst|lipoma|harmless)`,
    note: 'Reassurance and verdicts addressed to a reader.',
    source: CORPUS,
  },
];

/** Readers who are the public: parents, "your kids", a "momtok" hashtag. Advice to them is never teaching. */
export const LAY_READERS: LexiconEntry[] = [
  { pattern: String.raw`parents|moms|mums|dads|mums?-to-be|moms?-to-be|#pregnancy|(?:ur|your|their) (?:kids?|child(?:ren)?|baby|babies|toddler|little ones?|son|daughter)|#momtok|#momtips|#parenting|#askadoc|#healthtips|PSA|guys|y['’]all|tips? from (?:a|your|an) \w+|tips? for (?:parents|moms|mums|dads|families|new parents)|life ?hack|\w+ hack`, note: 'Words that show the reader is a member of the public.', source: CORPUS },
];
