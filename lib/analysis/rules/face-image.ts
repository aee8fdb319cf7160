import { mentionsCase } from '../subject';
import { matchAll } from '../text';
import { siteRow } from '../../sites/table';
import { defineRule, type RuleMatch } from '../types';

const FACIAL_CT = /\b(?:facial[- ]bones?\s+CT|CT\s+(?:of\s+)?(?:the\s+)?(?:facial bones|face|maxillofacial)|(?:face|maxillofacial|max-?fac|sinus)\s+CT)\b/gi;
const RENDER = /\b(?:3D|3-D|three-dimensional)(?:\s+(?:volume\s+)?(?:render(?:ed|ing|s)?|recons?|reconstructions?|VR|prints?|printed|models?))?|\bvolume[- ]render(?:ed|ing|s)?\b|\b(?:VRT?|cinematic render(?:ed|ing)?|surface render(?:ed|ing)?)\b/gi;
const HEAD = /\b(?:faces?|facial|skull|(?<!(?:femoral|humeral|radial|pancreatic|metatarsal|fibular|talar|ulnar)\s)head(?!\s+of\s+the\s+(?:femur|humerus|radius|pancreas))|craniofacial|cranio\w*|mandibles?|mandibular|maxilla\w*|orbits?|orbital|zygoma\w*|Le ?Fort|nasal|cranial|cranium|craniectomy|MaxFac)\b/i;
const PATIENT_ON_CAMERA = /\b(?:photos?|pics?|pictures?|videos?|clips?)(?:\s*\+\s*\w+)?\s+(?:shared |posted )?with (?:permission|consent)\b|\b(?:agreed|wanted|asked|happy|glad|keen|willing|consented) to (?:be|chat|talk|speak)(?: \w+){0,3} on camera\b|\bfull[- ]face (?:pics?|photos?|pictures?|shots?|images?|pre-?op photos?)|\bface and all\b|\b(?:photo|picture|pic|selfie|video|clip)s?\s+(?:of|with)\s+(?:our|my|this|the)\s+(?:patient|pt|kiddo|little)\b|\b(?:wanted|asked|agreed) to be (?:on|in) (?:TikTok|camera|video|the video|Instagram|YouTube|my channel|the reel)\b/gi;

/** A photo or video is shared: "pic in the comments", "swipe", "filmed", "reel". */
const MEDIA_WORD = /\b(?:photos?|pics?|pictures?|selfies?|videos?|reels?|clips?|footage|film(?:ed|ing)?|snap(?:ped)?|photograph(?:ed)?|swipe|before\/after|on camera|POV)\b/i;
/** The person, not their images, is in it: "film him", "her face when I told her", "a selfie", "photo of her ringing the bell". */
const PERSON_ON_MEDIA = /\b(?:selfies?|(?:photos?|pics?|pictures?|videos?|reels?|clips?|footage)\s+(?:of\s+)?(?:her|him|them|his|our|my)\s+(?!(?:x-?rays?|CT|MRI|scans?|films?|ultrasounds?|US|ECG|EKG|slides?|specimens?|reports?|results?|labs?|images?)\b)\w+|film(?:ed)?\s+(?:him|her|them|my pt|the pt|this)|(?:his|her|their|pt['’]s|the pt['’]s|(?:this|that|the|our)\s+(?:\w+\s+)?(?:guy|kid|kiddo|lady|man|woman|baby|boy|girl|pt|patient|fella|dude)['’]s)\s+(?:face|full face|smile|reaction|first steps|grin)|(?:this|that|look at (?:that|this|her|his)) (?:smile|grin)|swipe for (?:his|her|their) (?:biggest |best )?(?:face|smile|grin)|face pics?|let (?:me|us) (?:take|film|snap|photograph)|asked me to (?:film|make)|teaching the night nurses|(?:his|her) (?:video|photo|pic))\b/i;
/** "Video of Kayla walking out": a photo or video of someone named (case-sensitive, so not "video of the"). */
const MEDIA_OF_NAME = /\b(?:[Pp]hotos?|[Pp]ics?|[Pp]ictures?|[Vv]ideos?|[Cc]lips?|[Ff]ootage) of [A-Z][a-z]+\b(?! (?:sign|disease|syndrome|view|projection))/g;
/** A face (or the skin of it) in a shared picture: "before/after on a repair of a 6yo's cheek". */
const FACIAL_SKIN = /\b(?:cheek|lips?|nasal tip|nose|eyelids?|forehead|chin|face)\b/i;

/** Permission to share does not make a face unrecognisable, but it says one is being shared. */
const CONSENT_TO_SHARE = /\b(?:(?:shared |posted )?with (?:his|her|their|the family['’]s|the parents['’]|(?:his|her|their) (?:family|parents|mom|dad)['’]s?|(?:his|her) written) (?:blessing|permission|consent|OK)|(?:mom|dad|parents?|family|she|he|they|pt) (?:said|says) (?:we|I) could (?:share|post)|(?:mom|dad|parents?|family|she|he|they|pt) (?:said|says) (?:it was |it's )?ok(?:ay)?|OK['’]d me posting|had consent|consented so here['’]s|gave (?:me|us) permission to share)\b/i;

export default defineRule({
  id: 'face-image',
  category: 'phi.face',
  severity: 'error',
  title: 'Face that can be recognised',
  note: 'CT of the facial bones and 3D or volume-rendered reconstructions of the head can be rebuilt into a face, and patient photos are identifiers. Crop, or use a view that cannot be reconstructed.',
  scope: 'document',
  check({ text, context }) {
    const found: RuleMatch[] = [];
    for (const m of matchAll(text, FACIAL_CT)) {
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" images can be rebuilt into the patient's face.`, suggestions: [] });
    }
    if (HEAD.test(text)) {
      for (const m of matchAll(text, RENDER)) {
        found.push({ start: m.index, end: m.index + m[0].length, message: `A "${m[0]}" of the head can be rebuilt into the patient's face.`, suggestions: [] });
      }
    }
    for (const m of [...matchAll(text, PATIENT_ON_CAMERA), ...matchAll(text, MEDIA_OF_NAME)]) {
      found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}": a patient's face in a photo or video identifies them.`, suggestions: [] });
    }
    const visual = MEDIA_WORD.test(text) || !!siteRow(context.platform)?.visual;
    if (found.length === 0 && mentionsCase(text, text) && (visual || PERSON_ON_MEDIA.test(text))) {
      const showsSkin = /\bbefore\/after\b/i.test(text) || (/\bswipe\b/i.test(text) && /\b(?:repair|sutur\w*|flap|closure|BCC|rash|lac(?:eration)?)\b/i.test(text));
      const facialSkin = showsSkin ? FACIAL_SKIN.exec(text) : null;
      const shared = PERSON_ON_MEDIA.exec(text) ?? CONSENT_TO_SHARE.exec(text) ?? facialSkin;
      if (shared) found.push({ start: shared.index, end: shared.index + shared[0].length, message: `"${shared[0]}": a patient's face in a photo or video identifies them.`, suggestions: [] });
    }
    return found.slice(0, 1);
  },
});
