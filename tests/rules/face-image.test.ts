import { testRule } from './rule-tester';

testRule('face-image', {
  valid: [
    'Swipe for the CT: a bead up the nose on the scout, out with forceps in the ED.',
    'Grabbed a pic of the whiteboard after our trauma huddle.',
    'Day in the life on trauma float: what I eat, how I study, and my top 5 tips. Video up now!',
    'Her mom asked me to share the fundraiser link for the PICU family room.',
    '3D volume render of an abdominal aortic aneurysm before EVAR',
    '3D recon of the femoral head fracture for the surgeons',
    'Cinematic rendering of the knee: ACL graft',
    'Sinusitis teaching: air-fluid levels',
  ],
  invalid: [
    { text: 'Filmed Ngaire doing her rehab at the clinic. She was happy to be on camera, face and all.', found: ['happy to be on camera'] },
    { text: 'Full-face pre-op photos of the largest neck lipoma I have removed, pt consented.', found: ['Full-face pre-op photos'] },
    { text: 'had to show y\'all this guy\'s face when we pulled a moth out of his ear in the ED 😂', found: ["this guy's face"] },
    { text: 'Video of Mateo walking out of the PICU today, his mom said we could post it.', found: ['Video of Mateo'] },
    { text: 'Pt consented so here\'s her full face before treatment: heliotrope rash.', found: ['her full face'] },
    { text: 'Before/after on a dog-bite repair in the ED: sutures on a 5yo\'s cheek.', found: ['cheek'] },
    { text: 'Spent the night in the OR with a 30-year-old GSW. (pic + details shared with permission)', found: ['pic + details shared with permission'] },
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
