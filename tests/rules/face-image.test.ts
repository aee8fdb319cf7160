import { testRule } from './rule-tester';

testRule('face-image', {
  valid: [
    'Day in the life on trauma float: what I eat, how I study, and my top 5 tips. Video up now!',
    'Her mom asked me to share the fundraiser link for the PICU family room.',
    '3D volume render of an abdominal aortic aneurysm before EVAR',
    '3D recon of the femoral head fracture for the surgeons',
    'Cinematic rendering of the knee: ACL graft',
    'Sinusitis teaching: air-fluid levels',
  ],
  invalid: [
    { text: 'Discharge day selfie with mrs. ortiz after two surgeries 🙌', found: ['selfie'] },
    { text: 'the kiddo let me film him being brave for his shot in the ED', found: ['let me film'] },
    { text: 'Once-in-a-career delivery Saturday. Parents OK\'d me posting her photo.', found: ['her photo'] },
    { text: 'LeFort II on facial bone CT, 3D recon attached', found: ['facial bone CT'] },
    { text: 'Incredible 3D volume render of a skull after craniectomy', found: ['3D volume render'] },
    { text: 'Volume-rendered faces from our trauma call', found: ['Volume-rendered'] },
    { text: 'Photo shared with permission 💛 Meet our bravest patient', found: ['Photo shared with permission'] },
    { text: 'Mrs. K wanted to be on TikTok today!', found: ['wanted to be on TikTok'] },
  ],
});
