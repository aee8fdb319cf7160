import { testRule } from './rule-tester';

testRule('politics', {
  valid: [
    'Quick poll for #RadTwitter: which do you dictate first? Voting closes Friday.',
    'Conservative management for this small pneumothorax; liberal use of contrast is fine here.',
    'Birthday party for our chief resident tonight 🎉',
    'Our department chair presented the new protocol.',
    'Vote for your favourite sign in the replies!',
    'Poll for the ortho crowd: plate or nail for this one?\n\n🔘 plate\n🔘 nail\n\nVoting ends at noon.',
    'The new scope-of-practice bill takes effect in March; our FAQ for staff is on the intranet.',
    'Resident doctors are on strike from Monday. Elective lists are cancelled; the ED is open as usual.',
    'Flu shots are free at the council clinics all month, no appointment needed.',
    'Lovely little #heroes moment at handover today: the night porter brought everyone tea.',
    'Small opacity on the left; the right lung is clear.',
  ],
  invalid: [
    { text: 'Election season reminder: the only candidates who deserve your vote protect Medicaid.', found: ['Election', 'candidates', 'vote'] },
    { text: 'Vote YES on Measure 4 this November.', found: ['Vote', 'Measure 4'] },
    { text: 'Call your senators TODAY about the fee schedule.', found: ['Call your senators'] },
    { text: "if you voted for this governor, don't complain", found: ['voted', 'governor'] },
    { text: 'Write to your MP before the nurses pay vote. We cannot keep losing staff abroad.', found: ['Write to your MP', 'vote'] },
    { text: 'If the councillors who cut the clinic budget had spent one night in our corridor, they would think again. Remember that when you vote.', found: ['vote'] },
    { text: 'Ring your MLA tonight about Bill 12. Rural maternity units are closing.', found: ['Ring your MLA', 'Bill 12'] },
    { text: 'Health care is a human right. The lobbyists gutting Medicaid know exactly who they are hurting.', found: ['Health care is a human right'] },
    { text: 'Stand with your nurses: join us at the Thursday picket outside the health ministry. #SafeStaffing', found: ['join us at the Thursday picket'] },
    { text: 'Twenty years of trauma surgery and I am done being quiet: the gun lobby owns this town. #GunReformNow', found: ['gun lobby', '#GunReformNow'] },
  ],
});
