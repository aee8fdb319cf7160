import { testRule } from './rule-tester';

testRule('negativity', {
  valid: [
    'Huge thanks to our ED docs for the great history on every requisition today!',
    'Massive saddle PE on this CT, unfortunately a bad outcome. RIP.',
    'Tough call night, but the team was amazing.',
    "Shoutout to the surgeons who taught me to read post-op hardware.",
    'Kids say the funniest things during MRI safety screening 😂',
  ],
  invalid: [
    { text: 'Why Hospital Administrators Are Ruining Radiology (RANT)', found: ['Why Hospital Administrators Are Ruining Radiology (RANT)'] },
    { text: 'Surgeons: "we don\'t need imaging." Also surgeons: 4 CTs in 24 hours. Make it make sense 🤡', found: ['Surgeons: "we don\'t need imaging." Also surgeons: 4 CTs in 24 hours.'] },
    { text: 'the ED doc missed this obvious pneumothorax. Do better, @RiverbendEM', found: ['the ED doc missed this obvious pneumothorax.', 'Do better, @RiverbendEM'] },
    { text: 'Had to share: this 29-year-old\'s KUB after she swallowed her AirPod 🎧😂', found: ['😂'] },
    { text: '@ben.t lol wrong channel bro, go ask WebMD 🤣', found: ['@ben.t lol wrong channel bro, go ask WebMD 🤣', 'lol'] },
  ],
});
