import { testRule } from './rule-tester';

testRule('politics', {
  valid: [
    'Quick poll for #RadTwitter: which do you dictate first? Voting closes Friday.',
    'Conservative management for this small pneumothorax; liberal use of contrast is fine here.',
    'Birthday party for our chief resident tonight 🎉',
    'Our department chair presented the new protocol.',
    'Vote for your favourite sign in the replies!',
  ],
  invalid: [
    { text: 'Election season reminder: the only candidates who deserve your vote protect Medicaid.', found: ['Election', 'candidates', 'your vote'] },
    { text: 'Vote YES on Measure 4 this November.', found: ['Vote YES', 'Measure 4'] },
    { text: 'Call your senators TODAY about the fee schedule.', found: ['Call your senators'] },
    { text: "if you voted for this governor, don't complain", found: ['voted for', 'governor'] },
  ],
});
