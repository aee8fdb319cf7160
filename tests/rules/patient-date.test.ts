import { testRule } from './rule-tester';

testRule('patient-date', {
  valid: [
    'Abstract deadline for the spring meeting is 01/15/2026, 11:59 PM ET.',
    'Excited to present at #RSNA25, Tuesday Dec 2, 10:30 AM.',
    'Reference: Okafor M, et al. AJNR 2019; doi:10.3174/ajnr.A6011',
    'About 3/4 of patients with this sign have no disease.',
    'Voting closes Friday! Which do you dictate first?',
    'Happy Thanksgiving from the reading room 🦃',
    'Christmas disease (hemophilia B) on MRI: hemophilic arthropathy of the knee.',
    '#MSKMonday: the Segond fracture',
    'Lunch and learn on Friday: contrast reactions and how to manage them.',
    'Published in 2019, still the best review.',
  ],
  invalid: [
    { text: 'DOB 02/11/1957 was still on the screenshot', found: ['02/11/1957'], message: 'date of birth' },
    { text: 'RUL mass biopsied 10/14/2025, path = adenocarcinoma', found: ['10/14/2025'] },
    { text: 'Admitted on 3/14 with a saddle PE', found: ['3/14'] },
    { text: 'We saw a 12 yo with Perthes on Monday, frog-leg lateral attached', found: ['Monday'] },
    { text: 'Sept 9th, Millbrook ED: 52 yo man with a thunderclap headache', found: ['Sept 9th'] },
    { text: 'ISO dates count too: scan dated 2024-11-02 🩻', found: ['2024-11-02'] },
    { text: 'Born 11/02/2024 at 24 weeks 🎂', found: ['11/02/2024'] },
    { text: 'A kiddo came in on Christmas Eve with a swallowed magnet', found: ['Christmas Eve'] },
    { text: 'Scan from 14 March 2025 showing the fracture', found: ['14 March 2025'] },
  ],
});
