import { testRule } from './rule-tester';

testRule('religion', {
  valid: [
    'Thank you to the whole team 🙏 best techs ever',
    'Blessed to work with these residents!',
    'Christmas disease (hemophilia B): hemophilic arthropathy on MRI',
    'This god-tier protocol cut our dose in half',
    'A miracle of modern imaging: 0.5 mSv coronary CTA',
  ],
  invalid: [
    { text: 'praying over every scan I read ✝️ Jesus heals', found: ['praying', '✝️', 'Jesus'] },
    { text: 'God is good 🙏 our little guy walked out today #Blessed', found: ['God', '🙏', '#Blessed'] },
    { text: 'Please keep the family in your prayers tonight', found: ['prayers'] },
    { text: 'Lord, guide the surgeons\' hands.', found: ['Lord'] },
  ],
});
