import { testRule } from './rule-tester';

testRule('patient-name', {
  valid: [
    'still waiting for mr. right to read my CT report lol',
    'Dr. Lena Voss presented the 4 yo case with the femur fracture.',
    'Thanks to our trauma coordinator Jess Whitfield RN for the pt transfers on call.',
    'A patient I treated last month had bilateral Le Fort II fractures.',
    'The Lund-Browder chart beats the rule of nines for the toddler burns we see on call.',
    'Seen on our neuro service at Halvorsen Medical Center: a prion disease case.',
    'A patient from Harlan County with a cerebellar lesion.',
    'Huge congrats to my co-fellow Dr. Ade Okonkwo (@AdeReadsPeds) on the new job!',
    'Wilms tumor vs neuroblastoma: the claw sign. Chiari I on sagittal T1.',
    'Hampton hump and Westermark sign in a PE case',
    'Reference: Okafor M, Lindqvist T, et al. AJNR 2019',
    'Thanks to our tech Maria for the perfect positioning!',
    'pt CT showed a Jefferson fracture',
    'Jesus heals, I just read the images 🙏',
    { text: 'Shoutout to Mrs. Ana Ruiz for the great case', context: { allowList: ['Ana Ruiz'] } },
  ],
  invalid: [
    { text: 'mr. delacroix, 71, told me fishing stories while we waited on his bed upstairs in the ED', found: ['mr. delacroix'] },
    { text: 'Grateful for caring for Mr. T.H. in room 512', found: ['Mr. T.H.'], output: 'Grateful for caring for the patient in room 512' },
    { text: 'Mrs. K, our sweet 94yo, wanted to be on TikTok', found: ['Mrs. K'] },
    { text: 'shoutout to little sofia in bed 12 who named her IV pole', found: ['sofia'] },
    { text: 'pt JR, 7yo, intussusception reduced on first try', found: ['JR'] },
    { text: 'Baby Mateo (2-week-old) with bilious vomiting', found: ['Mateo'] },
    { text: 'Please keep sweet Emma in your prayers #PrayForEmma', found: ['Emma', '#PrayForEmma'] },
    { text: 'Meet our bravest patient, Liam R., who rang the bell! Follow @liams_fight_2025', found: ['Liam R.', '@liams_fight_2025'] },
    { text: 'Her daughter Maria brought the old CDs from home', found: ['Maria'] },
    { text: 'Patient J.M., 45F, presented with RLQ pain', found: ['J.M.'] },
  ],
});
