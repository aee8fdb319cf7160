import { testRule } from './rule-tester';

testRule('rare-case', {
  valid: [
    'Tularemia: rabbits, ticks and a pulse-temperature dissociation. Teaching thread, no real patient.',
    '1 in 8 women will develop breast cancer; screening saves lives.',
    'Not every posterior fossa cyst is a zebra 🦓 (teaching-file images)',
    'Rare diseases week: 10 zebras every resident should know',
    'First case of the day: normal chest film',
  ],
  invalid: [
    { text: 'Only my third case of natal teeth in 22 years: a 2-day-old at our birth centre on Halloween.', found: ['third case of natal teeth in 22 years'] },
    { text: 'The biggest kidney stone I\'ve ever removed, from a 34-year-old trader, this week.', found: ["biggest kidney stone I've ever removed"] },
    { text: 'Our ED saw its first tularemia in 30 yrs on Tuesday, a rabbit hunter from near Tomah.', found: ['first tularemia in 30 yrs'] },
    { text: 'A Case I\'ll Never See Again: seen on our neuro service at Halden Medical Center in October.', found: ["Never See Again"] },
    { text: 'Commotio cordis in a 12yo at a baseball game last night, ROSC in the ED.', found: ['Commotio cordis'] },
    { text: 'pt brought the snake to our ED in Rutland. first envenomation here in 20 yrs.', found: ['first envenomation here'] },
    { text: 'Just diagnosed my first-ever Caffey disease in a 4-month-old last week', found: ['my first-ever Caffey disease'] },
    { text: 'ruptured heterotopic pregnancy (1 in 30,000!!) in a pt from Tomah', found: ['1 in 30,000'] },
    { text: 'Today\'s zebra: Currarino triad in a 3 yo boy', found: ['zebra'] },
    { text: 'First Erdheim-Chester case of my career, last night at Riverbend Regional 🦓', found: ['First Erdheim-Chester case of my career'] },
    { text: 'Our hospital\'s first ever Gorham-Stout disease 👻', found: ['first ever Gorham-Stout disease'] },
    { text: 'Once-in-a-career finding in the ED tonight', found: ['Once-in-a-career'] },
  ],
});
