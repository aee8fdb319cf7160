import { testRule } from './rule-tester';

testRule('face-image', {
  valid: [
    '3D volume render of an abdominal aortic aneurysm before EVAR',
    '3D recon of the femoral head fracture for the surgeons',
    'Cinematic rendering of the knee: ACL graft',
    'Sinusitis teaching: air-fluid levels',
  ],
  invalid: [
    { text: 'LeFort II on facial bone CT, 3D recon attached', found: ['facial bone CT'] },
    { text: 'Incredible 3D volume render of a skull after craniectomy', found: ['3D volume render'] },
    { text: 'Volume-rendered faces from our trauma call', found: ['Volume-rendered'] },
    { text: 'Photo shared with permission 💛 Meet our bravest patient', found: ['Photo shared with permission'] },
    { text: 'Mrs. K wanted to be on TikTok today!', found: ['wanted to be on TikTok'] },
  ],
});
