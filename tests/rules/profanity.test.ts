import { testRule } from './rule-tester';

testRule('profanity', {
  valid: [
    'Penile fracture on MRI: the "eggplant sign". Rectum, anus and vagina on pelvic MRI.',
    'HIV-associated lymphoma; suicide risk screening; abortion complications on ultrasound.',
    'Cancer, stroke and death rates in the cohort. Breast density and urine output.',
    'Mass effect and midline shift; assess the class of the classic sign. Passed boards!',
    'Dr. Cumming presented the Scunthorpe data.',
    'Hell of a case (ok, that one is mild) #Radiology',
  ],
  invalid: [
    { text: 'f*** it, showing you the worst spine MRI', found: ['f***'], output: 'it, showing you the worst spine MRI' },
    { text: 'Me, every f***ing day 😂', found: ['f***ing'] },
    { text: 'WTF is this indication', found: ['WTF'] },
    { text: "Let's talk about the sh*t show that is our PACS", found: ['sh*t'] },
    { text: 'Damn, the hardware on this fusion 😳', found: ['Damn'] },
    { text: 'this is some sh!t right here', found: ['sh!t'] },
    { text: 'what a fucking mess 🙄', found: ['fucking'] },
  ],
});
