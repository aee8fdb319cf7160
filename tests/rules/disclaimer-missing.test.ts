import { testRule } from './rule-tester';

testRule('disclaimer-missing', {
  valid: [
    'Classic Kerley B lines and pleural effusion in CHF. Views my own.',
    'Salter-Harris II fracture of the distal radius 🦴 #MSKRad (educational only)',
    'Dandy-Walker vs mega cisterna magna on MRI. Not medical advice.',
    { text: 'Segond fracture means ACL tear until proven otherwise. Ana Ruiz, MD — my posts are my own.', context: { disclaimer: 'my posts are my own' } },
    'Congrats to our residents on graduating! 🎓',
    'Excited to present "Dose reduction in pediatric head CT" at #RSNA25, Room S404AB. Come say hi!',
    'Quick poll: which do you dictate first, impression or findings?',
    'This 6-year-old asked if the MRI was a spaceship 🚀',
    'That moment when the CT shows exactly what you predicted from the X-ray 😎',
    'Kehr sign = left shoulder pain from a splenic injury. #FOAMed (edu only, not med advice)',
    'Our little fighter from the burn unit went home today after 40 days 🥹 thank you to every nurse who held her hand',
    'Rankings nobody asked for: hardest eponyms to spell. 1) Creutzfeldt-Jakob 2) Guillain-Barré 3) Charcot-Marie-Tooth',
    'acc 20-CT-55102 has been sitting unread since 6am, who has the body list?',
    'Day 3 of the broken lift in the west wing. Stairs it is 🏃',
  ],
  invalid: [
    { text: 'Board question for the juniors: fever, a new murmur, splinter haemorrhages, injects drugs. Think right-sided endocarditis. #MedEd', found: ['endocarditis'] },
    { text: 'Five weeks on the ward with GBS and today he walked out to his truck 🎉', found: ['with GBS'] },
    { text: 'storytime: lad walks in at 2am with a fishing hook through his eyebrow and asks if we can keep the lure 💀', found: ['storytime: lad walks in at 2am with a fishing hook through his eyebrow and asks if we can keep the lure 💀'] },
    { text: 'once in a career: a farmer from up the valley with tularemia this week, first one our ED has seen', found: ['tularemia'] },
    { text: 'the 6yo who came in last night with a lego head pulled out of her nostril on the second try 🧱', found: ['the 6yo who came in last night with a lego head pulled out of her nostril on the second try 🧱'] },
    { text: 'Segond fracture on this knee MRI means ACL tear until proven otherwise.', found: ['Segond'], output: 'Segond fracture on this knee MRI means ACL tear until proven otherwise.\nViews my own; not medical advice.' },
    { text: 'F/45 with RUQ pain, GB wall thickening: textbook acute cholecystitis 👌', found: ['with RUQ'] },
    { text: 'Internal link: http://10.20.4.17/zfp?acc=88120457 check out that pneumatosis 😳', found: ['pneumatosis'] },
    { text: 'Skip the ER for an ankle sprain, only get an x-ray if you can\'t walk 4 steps.', found: ['x-ray'] },
    { text: 'f*** it, showing you the worst spine MRI I have ever seen', found: ['spine'] },
    { text: 'Stroke pearl: DWI-FLAIR mismatch means onset under 4.5 hours.', context: { disclaimer: 'Views are my own' }, found: ['Stroke'], output: 'Stroke pearl: DWI-FLAIR mismatch means onset under 4.5 hours.\nViews are my own' },
  ],
});
