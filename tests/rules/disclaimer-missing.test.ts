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
  ],
  invalid: [
    { text: 'Segond fracture on this knee MRI means ACL tear until proven otherwise.', found: ['Segond'], output: 'Segond fracture on this knee MRI means ACL tear until proven otherwise.\nViews my own; not medical advice.' },
    { text: 'F/45 with RUQ pain, GB wall thickening: textbook acute cholecystitis 👌', found: ['with RUQ'] },
    { text: 'Internal link: http://10.20.4.17/zfp?acc=88120457 check out that pneumatosis 😳', found: ['pneumatosis'] },
    { text: 'Skip the ER for an ankle sprain, only get an x-ray if you can\'t walk 4 steps.', found: ['x-ray'] },
    { text: 'f*** it, showing you the worst spine MRI I have ever seen', found: ['spine'] },
    { text: 'Stroke pearl: DWI-FLAIR mismatch means onset under 4.5 hours.', context: { disclaimer: 'Views are my own' }, found: ['Stroke'], output: 'Stroke pearl: DWI-FLAIR mismatch means onset under 4.5 hours.\nViews are my own' },
  ],
});
