import { mentionsCase } from '../subject';
import { matchAll } from '../text';
import { defineRule, type RuleMatch } from '../types';

const FACIAL_CT = /\b(?:facial[- ]bones?\s+CT|CT\s+(?:of\s+)?(?:the\s+)?(?:facial bones|face|maxillofacial)|(?:face|maxillofacial|max-?fac|sinus)\s+CT)\b/gi;
const RENDER = /\b(?:3D|3-D|three-dimensional)(?:\s+(?:volume\s+)?(?:render(?:ed|ing|s)?|recons?|reconstructions?|VR|prints?|printed|models?))?|\bvolume[- ]render(?:ed|ing|s)?\b|\b(?:VRT?|cinematic render(?:ed|ing)?|surface render(?:ed|ing)?)\b/gi;
const HEAD = /\b(?:faces?|facial|skull|(?<!(?:femoral|humeral|radial|pancreatic|metatarsal|fibular|talar|ulnar)\s)head(?!\s+of\s+the\s+(?:femur|humerus|radius|pancreas))|craniofacial|cranio\w*|mandibles?|mandibular|maxilla\w*|orbits?|orbital|zygoma\w*|Le ?Fort|nasal|cranial|cranium|craniectomy|MaxFac)\b/i;
const PATIENT_ON_CAMERA = /\bphoto (?:shared |posted )?with (?:permission|consent)\b|\b(?:photo|picture|pic|selfie|video|clip)s?\s+(?:of|with)\s+(?:our|my|this|the)\s+(?:patient|pt|kiddo|little)\b|\b(?:wanted|asked|agreed) to be (?:on|in) (?:TikTok|camera|video|the video|Instagram|YouTube|my channel|the reel)\b/gi;

/** A photo or video is shared: "pic in the comments", "swipe", "filmed", "reel". */
const MEDIA_WORD = /\b(?:photos?|pics?|pictures?|selfies?|videos?|reels?|clips?|footage|film(?:ed|ing)?|snap(?:ped)?|photograph(?:ed)?|swipe|before\/after|on camera|POV)\b/i;
/** The person, not their images, is in it: "film him", "her face when I told her", "a selfie", "photo of her ringing the bell". */
const PERSON_ON_MEDIA = /\b(?:selfies?|(?:photos?|pics?|pictures?|videos?|reels?|clips?|footage)\s+(?:of\s+)?(?:her|him|them|his|our|my)\s+(?!(?:x-?rays?|CT|MRI|scans?|films?|ultrasounds?|US|ECG|EKG|slides?|specimens?|reports?|results?|labs?|images?)\b)\w+|film(?:ed)?\s+(?:him|her|them|my pt|the pt|this)|(?:his|her|their|pt['’]s|the pt['’]s)\s+(?:face|full face|smile|reaction|first steps|grin)|swipe for (?:his|her|their) face|face pics?|let (?:me|us) (?:take|film|snap|photograph)|asked me to (?:film|make)|teaching the night nurses|(?:his|her) (?:video|photo|pic))\b/i;
/** Permission to share does not make a face unrecognisable, but it says one is being shared. */
const CONSENT_TO_SHARE = /\b(?:(?:shared |posted )?with (?:his|her|their|the family['’]s|the parents['’]|(?:his|her|their) (?:family|parents|mom|dad)['’]s?|(?:his|her) written) (?:blessing|permission|consent|OK)|(?:mom|dad|parents?|family|she|he|they|pt) (?:said|says) (?:we|I) could (?:share|post)|(?:mom|dad|parents?|family|she|he|they|pt) (?:said|says) (?:it was |it's )?ok(?:ay)?|OK['’]d me posting|had consent|consented so here['’]s|gave (?:me|us) permission to share)\b/i;

export default defineRule({
  id: 'face-image',
  category: 'phi.face',
  severity: 'error',
  title: 'Face that can be recognised',
  note: 'CT of the facial bones and 3D or volume-rendered reconstructions of the head can be rebuilt into a face, and patient photos are identifiers. Crop, or use a view that cannot be reconstructed.',
  scope: 'document',
  check({ text }) {
    const found: RuleMatch[] = [];
    for (const m of matchAll(text, FACIAL_CT)) {
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" images can be rebuilt into the patient's face.`, suggestions: [] });
    }
    if (HEAD.test(text)) {
      for (const m of matchAll(text, RENDER)) {
        found.push({ start: m.index, end: m.index + m[0].length, message: `A "${m[0]}" of the head can be rebuilt into the patient's face.`, suggestions: [] });
      }
    }
    for (const m of matchAll(text, PATIENT_ON_CAMERA)) {
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}": a patient's face in a photo or video identifies them.`, suggestions: [] });
    }
    if (found.length === 0 && MEDIA_WORD.test(text) && mentionsCase(text, text)) {
      const shared = PERSON_ON_MEDIA.exec(text) ?? CONSENT_TO_SHARE.exec(text);
      if (shared) found.push({ start: shared.index, end: shared.index + shared[0].length, message: `"${shared[0]}": a patient's face in a photo or video identifies them.`, suggestions: [] });
    }
    return found.slice(0, 1);
  },
});
