import { testRule } from './rule-tester';

testRule('medical-advice', {
  valid: [
    "@sarah_k I can't review individual scans here, but the radiologist who read your study or your own doctor can walk you through the report 💙",
    "Residents: call the surgeon, don't just dictate a critical finding and hope.",
    'Skip the contrast for this protocol when eGFR is low; talk to your attending.',
    'Ask your own doctor about your report; here is how to ask good questions.',
    'Teaching point: a simple renal cyst needs no follow-up imaging.',
  ],
  invalid: [
    { text: "DM me the image and I'll tell you if you need a CT. Not medical advice!", found: ["DM me the image and I'll"] },
    { text: "comment your MRI findings and I'll explain what they mean 👇", found: ["comment your MRI findings and I'll"] },
    { text: 'Mail me the disc and I\'ll take a proper look for free 🙂', found: ["Mail me the disc and I'll take a proper look for free"] },
    { text: 'If you find a lump, skip the ultrasound and go straight to MRI.', found: ['skip the ultrasound and go straight to MRI'] },
    { text: "@mike_d83 that's almost certainly a benign hemangioma, I'd skip the follow-up MRI", found: ['almost certainly', "I'd skip"] },
    { text: "If you're worried about that lump, don't wait for your doctor — get an MRI ASAP.", found: ["don't wait for your doctor — get an MRI"] },
    { text: "drink 3 L of water a day and you'll never need a kidney stone CT 💧", found: ["drink 3 L of water a day and you'll never need a kidney stone CT"] },
  ],
});
