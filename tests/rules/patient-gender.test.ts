import { testRule } from './rule-tester';

testRule('patient-gender', {
  valid: [
    'As a woman in IR, I love mentoring residents.',
    '1 in 8 women will develop breast cancer; screening saves lives.',
    'Congrats to my co-fellow, she landed her dream job!',
    'Male and female patients were equally affected in the study.',
    "Pt's son says the mom has been asking for results, she's called twice.",
    'Kerley B lines on a chest film',
    'I had a surgeon ask me to find the CT for him. He wanted the old scans too.',
    "I was my hospital's go-to guy for cognitive assessments.",
  ],
  invalid: [
    { text: 'Cases from call: a 58 y/o man with a type A dissection', found: ['man'], output: 'Cases from call: a 58 y/o patient with a type A dissection' },
    { text: 'Toddler KUB after she swallowed her AirPod 🎧', found: ['she', 'her'], output: 'Toddler KUB after they swallowed her AirPod 🎧' },
    { text: '4 mm UVJ stone in a pregnant 31 y/o', found: ['pregnant'] },
    { text: '68M, sudden L-sided weakness on CT', found: ['68M'] },
    { text: 'ICYMI: F 72 with a spiculated mass', found: ['F 72'] },
    { text: 'TICI 3, pt is 61, M, already moving the arm', found: ['M'] },
    { text: 'Tamales from the family after her husband\'s stay with us', found: ['husband'] },
    { text: 'This little girl from town came in with a fracture', found: ['girl'], output: 'This little child from town came in with a fracture' },
    { text: "Patient's daughter called about her father's results. Please call her back.", found: ['father'], output: "Patient's daughter called about her parent's results. Please call her back." },
    { text: "Pt's wife asked me to send the report by e-mail", found: ['wife'], output: "Pt's partner asked me to send the report by e-mail" },
    { text: 'this dude came in with a fork stuck in his rectum', found: ['dude', 'his'] },
    { text: "The kiddo was so brave. He's doing great after surgery", found: ["He's"], output: "The kiddo was so brave. They're doing great after surgery" },
  ],
});
