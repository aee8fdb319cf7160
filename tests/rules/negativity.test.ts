import { testRule } from './rule-tester';

testRule('negativity', {
  valid: [
    'Can someone in IT reset the reading room printer? It has been jammed since noon.',
    'Ate cereal for dinner at 3am and called it self-care. Night shift, you win again.',
    'If you swap shifts, tell Karen in medical staffing by Friday. She is a saint.',
    'Our senators vote on the nurse staffing bill Tuesday. Call their offices and tell them what a safe ratio means.',
    'Huge thanks to neurosurg for coming down at 3am without a single complaint.',
    'Huge thanks to our ED docs for the great history on every requisition today!',
    'Massive saddle PE on this CT, unfortunately a bad outcome. RIP.',
    'Tough call night, but the team was amazing.',
    "Shoutout to the surgeons who taught me to read post-op hardware.",
    'Kids say the funniest things during MRI safety screening 😂',
  ],
  invalid: [
    { text: 'Cardiology took nine hours to see a STEMI. Absolute clowns.', found: ['Cardiology took nine hours to see a STEMI.'] },
    { text: 'Oh look, another "r/o everything" from the ED at 2am. Read the damn chart 🙄', found: ['Oh look, another "r/o everything" from the ED at 2am.'] },
    { text: 'The senators who voted against the staffing bill are clueless cowards.', found: ['The senators who voted against the staffing bill are clueless cowards.'] },
    { text: 'Whoever scheduled six MRIs in one slot should be embarrassed.', found: ['Whoever scheduled six MRIs in one slot should be embarrassed.'] },
    { text: 'Why Hospital Administrators Are Ruining Radiology (RANT)', found: ['Why Hospital Administrators Are Ruining Radiology (RANT)'] },
    { text: 'Surgeons: "we don\'t need imaging." Also surgeons: 4 CTs in 24 hours. Make it make sense 🤡', found: ['Surgeons: "we don\'t need imaging." Also surgeons: 4 CTs in 24 hours.'] },
    { text: 'the ED doc missed this obvious pneumothorax. Do better, @RiverbendEM', found: ['the ED doc missed this obvious pneumothorax.', 'Do better, @RiverbendEM'] },
    { text: 'Had to share: this 29-year-old\'s KUB after she swallowed her AirPod 🎧😂', found: ['😂'] },
    { text: '@ben.t lol wrong channel bro, go ask WebMD 🤣', found: ['@ben.t lol wrong channel bro, go ask WebMD 🤣', 'lol'] },
  ],
});
