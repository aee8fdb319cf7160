import { testRule } from './rule-tester';

testRule('rare-case', {
  valid: [
    'Not every posterior fossa cyst is a zebra 🦓 (teaching-file images)',
    'Rare diseases week: 10 zebras every resident should know',
    'First case of the day: normal chest film',
  ],
  invalid: [
    { text: 'Today\'s zebra: Currarino triad in a 3 yo boy', found: ['zebra'] },
    { text: 'First Erdheim-Chester case of my career, last night at Riverbend Regional 🦓', found: ['First Erdheim-Chester case of my career'] },
    { text: 'Our hospital\'s first ever Gorham-Stout disease 👻', found: ['first ever Gorham-Stout disease'] },
    { text: 'Once-in-a-career finding in the ED tonight', found: ['Once-in-a-career'] },
  ],
});
