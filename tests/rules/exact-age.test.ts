import { testRule } from './rule-tester';

testRule('exact-age', {
  valid: [
    'Peak age 3–4 y for intussusception; screening starts for adults over 65.',
    'Most 45-year-olds with this finding need nothing further.',
    'Screening mammography in 45-year-old women is debated.',
    'Turned 40 today and still reading chest films 🎉',
    "As a 45-year-old radiologist I finally bought reading glasses.",
    'Budget approved: $68M for the new imaging center.',
    'Our channel just passed 10M views!',
    'Placed a 5F sheath and a 4F Cobra catheter.',
    'M1 occlusion, M2 branches patent, F1 score 0.82.',
    'Protocol: 120 kVp, 0.625 mm, 4 yrs med school + 4 yrs residency.',
    'Patients aged 40–74 should discuss screening.',
    'Happy to celebrate my 40th birthday with the team!',
    'My 5-year-old son asked what a radiologist does.',
    'Centenarians are an understudied group.',
    'Back in the 90\'s we read films on a lightbox.',
    '',
  ],
  invalid: [
    { text: 'Pt is a 68M with a lytic lesion.', found: ['68M'], output: 'Pt is an elderly patient with a lytic lesion.' },
    { text: 'A 45-year-old man with chest pain.', found: ['45-year-old'], output: 'A middle-aged man with chest pain.' },
    { text: 'an 88-year-old with a hip fracture', found: ['88-year-old'], output: 'an elderly patient with a hip fracture' },
    { text: '2-week-old with bilious vomiting', found: ['2-week-old'], output: 'An infant with bilious vomiting' },
    { text: 'Ninety-two-year-old woman, fall from standing.', found: ['Ninety-two-year-old'], message: 'over 89' },
    { text: 'F/45 with RUQ pain', found: ['F/45'], output: 'A middle-aged adult with RUQ pain' },
    { text: 'Pt M/14 s/p fall', found: ['M/14'] },
    { text: 'Cute 2-yo F with intussusception 🥹', found: ['2-yo F'] },
    { text: '58 y/o with new headache', found: ['58 y/o'] },
    { text: 'Mrs. K, our sweet 94yo from the nursing home', found: ['94yo'], message: 'over 89' },
    { text: "She's 17, she's a soccer star", found: ['17'], output: "She's a teenager, she's a soccer star" },
    { text: 'TICI 3, pt is 61, M, moving the arm', found: ['61'] },
    { text: 'Sweet Ava, 4 years old, stayed still', found: ['4 years old'] },
    { text: 'Happy 1st birthday to our NICU graduate', found: ['1st birthday'] },
    { text: 'A patient in her 90s with a hip fracture', found: ['in her 90s'], output: 'A patient with a hip fracture' },
    { text: 'aged 45, presented with jaundice', found: ['aged 45'] },
    { text: '3-month-old 😍 with pyloric stenosis', found: ['3-month-old'] },
    // emoji before the finding: offsets are UTF-16 code units
    { text: '🩻🧠 a 34-year-old', found: ['34-year-old'], output: '🩻🧠 a young adult' },
    // zero-width characters do not hide an age
    { text: 'Pt is a 6\u200B8M', found: ['6\u200B8M'] },
    // at the very start and end of the draft
    { text: '45 y/o', found: ['45 y/o'] },
    { text: 'My 45 y/o patient had the same sign', found: ['45 y/o'] },
    { text: 'Two findings: 68M and F/45', found: ['68M', 'F/45'] },
  ],
});
