import { testRule } from './rule-tester';

testRule('patient-place', {
  valid: [
    'Chicago in late November = #RSNA season. Find me at booth 2417!',
    'Excited to present at RSNA in Chicago this year.',
    'Joining the neuroradiology section at Cedar Plains Hospital in August.',
    'Forever grateful to everyone at Northgate Children\'s for the best fellowship year',
    'Crohn disease in Terminal ileum: a review',
    'A case from Texas: classic Kerley B lines',
    'Reading Your Own MRI? Send It to Me!',
    "I'm in Ortho and I see fractures all day.",
    'How to Read a Chest X-Ray in Five Steps',
    'Grateful for my mentors at Stanford who taught me how to read a chest film.',
    { text: 'Case from our ED at Lakeshore General today', context: { allowList: ['Lakeshore General'] } },
  ],
  invalid: [
    { text: 'The ED at Lakeshore General saw a 3-month-old with corner fractures', found: ['Lakeshore General'] },
    { text: 'this 6-year-old boy from Oakdale asked if the MRI was a spaceship', found: ['Oakdale'], output: 'this 6-year-old boy from asked if the MRI was a spaceship' },
    { text: 'Currarino triad in a 3 yo boy from a small town in eastern Oregon.', found: ['small town in eastern Oregon'] },
    { text: 'Wild zebra case from our ER in Gallup on Friday', found: ['Gallup'] },
    { text: 'Rare case diagnosed at St. Brigid\'s this month', found: ["St. Brigid's"] },
    { text: 'The pt lives at 1668 Glyn St near the clinic', found: ['1668 Glyn St'] },
    { text: 'Do better, @RiverbendEM, you missed this pneumothorax', found: ['@RiverbendEM'] },
  ],
});
