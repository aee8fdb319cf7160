import { testRule } from './rule-tester';

testRule('time-hint', {
  valid: [
    'Before every shift I ask for patience with the families I will meet tonight.',
    'Half the unit is off for the holidays this week, so the ICU crew is running lean.',
    'Admin moved our overnight tech to days again.',
    'Board-style question (not a real patient): a man with flank pain since yesterday. Next step?',
    'I just want every resident to learn the search pattern for chest films.',
    'Our new office opens this week: walk-ins welcome for imaging.',
    'The pt with the right atrial mass was seen last Tuesday.',
    'Yesterday I finally ran my first half marathon 🏃',
    'Today is a great day to review the Fleischner criteria.',
    'Call your senators TODAY about the fee schedule.',
    'Join us this week for the #RSNA25 education session on dose.',
    'Case of the week: classic Kerley B lines. #MedEd',
    'This morning coffee hits different ☕',
    '#ThrowbackThursday to residency',
  ],
  invalid: [
    { text: 'Little Noor fought so hard in the PICU. Long night, and she smiled at me today.', found: ['today'] },
    { text: 'Facial bone CT from last night: LeFort II after a rollover.', found: ['last night'] },
    { text: '3am and a 19yo just rolled in after a crash on nights, CT pending', found: ['just'] },
    { text: 'ICU pt in bed 9 just extubated himself', found: ['just'] },
    { text: 'Look what I saw last week 👀 classic coiled-spring sign', found: ['last week'], output: 'Look what I saw 👀 classic coiled-spring sign' },
    { text: 'CT from tonight (acc 123), what a case', found: ['tonight'] },
    { text: 'Rough one on call tonight. 19-year-old, MVC.', found: ['on call tonight'] },
    { text: 'Saw a wild intussusception this morning in the ED', found: ['this morning'] },
    { text: 'Patient I scanned yesterday sent us cookies 🍪', found: ['yesterday'] },
    { text: 'Three days ago we diagnosed a rare tumour in a teen', found: ['Three days ago'] },
    { text: 'Our bravest patient, who just rang the bell after chemo', found: ['just'] },
    { text: "From last night's trauma call: a wild pelvis", found: ['last night'] },
  ],
});
