import { testRule } from './rule-tester';

testRule('record-number', {
  valid: [
    'Excited to present at #RSNA25, Room S404AB, Tuesday at 10:30 AM.',
    'Find me at the Education Exhibits, Hall A, booth 2417!',
    'PMID 38811427 is a great read.',
    'CPT 70450 for the billing nerds.',
    'ACC 2025 was a great meeting.',
    'The pt\'s son has called the reading room 4x for results.',
    'Growth plate injuries in kids: Salter-Harris I to V.',
    'Conference room 3 at noon for journal club.',
    'Lunch and learn on Friday: contrast reactions. Room 3B, noon. Pizza provided',
    'Account of the case is in the slides.',
  ],
  invalid: [
    { text: 'MRN 00482913 — anyone have eyes on this one?', found: ['00482913'], output: '— anyone have eyes on this one?', message: 'medical record number' },
    { text: 'CT from tonight (acc 4 4 1 9 0 2 7 7), look', found: ['4 4 1 9 0 2 7 7'] },
    { text: 'Acc# 7730-9121-4 came through at 0300', found: ['7730-9121-4'], output: 'came through at 0300' },
    { text: 'M R N 00482913 in the header', found: ['00482913'] },
    { text: 'Printout still had the pacer serial on it (PJN482117S) lol', found: ['PJN482117S'], output: 'Printout still had the pacer lol' },
    { text: "The car's plate (8GHT412) was in the photo", found: ['8GHT412'] },
    { text: 'Member ID: XJH442918 on the requisition', found: ['XJH442918'] },
    { text: 'http://10.20.4.17/zfp?acc=88120457 check it', found: ['88120457'] },
    { text: 'viewer?study=1.2.840.113619.2.55.3.604688119.969.1 #pacs', found: ['1.2.840.113619.2.55.3.604688119.969.1'] },
    { text: 'Grateful for Mr. T.H. in room 512 this week', found: ['room 512'], output: 'Grateful for Mr. T.H. in this week' },
    { text: 'ED bed 12 has the best view 🩻', found: ['bed 12'] },
    { text: 'trauma bay 3 at 2am', found: ['bay 3'] },
    { text: '🧠 MRN:\u200B00482913', found: ['00482913'] },
  ],
});
