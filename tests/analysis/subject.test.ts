import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declaresNoRealPatient, framedWithoutPatient, sentenceRange } from '@/lib/analysis/subject';

/** What a rule sees for a one-paragraph draft: declared or framed without a patient. */
const noRealPatient = (text: string): boolean => declaresNoRealPatient(text) || framedWithoutPatient(text);

/** A sentence end: not the full stop of a title ("Dr.", "mr.") or an abbreviation ("vs.", "acc."). */
const END = String.raw`(?<!\b(?:[Dd]r|[Mm]rs?|[Mm]s|[Mm]x|[Ss]t|[Pp]rof|vs|etc|approx|[Nn]o|[Aa]cc|al))\.(?=\s)|[!?…](?=\s)|\n`;

/** The sentence around [start, end) read straight from the text: the last sentence end within 400 characters before, the first within 400 after. */
function sentenceRangeByReading(text: string, start: number, end: number): { start: number; end: number; cut: boolean } {
  const reachBack = Math.max(0, start - 400);
  let from = -1;
  // Read from the start of the text, so that a title just before the stretch is seen.
  for (const m of text.slice(0, start).matchAll(new RegExp(END, 'g'))) if (m.index >= reachBack) from = m.index + 1;
  const afterMatch = [...text.slice(0, end + 400).matchAll(new RegExp(END, 'g'))].find((m) => m.index >= end);
  const after = afterMatch ? { index: afterMatch.index - end } : null;
  return {
    start: from >= 0 ? from : reachBack,
    end: after ? end + after.index + 1 : Math.min(text.length, end + 400),
    cut: (from < 0 && reachBack > 0) || (!after && end + 400 < text.length),
  };
}

const manyEnds = fc.array(fc.constantFrom('word', 'Dr.', ' ', ' ', '.', '!', '?', '…', '\n', '\t', '. ', 'e.g.'), { maxLength: 400 });
const fewEnds = fc.array(fc.oneof({ arbitrary: fc.constantFrom('word ', 'Dr.', 'x.y '), weight: 60 }, { arbitrary: fc.constantFrom('. ', '\n', '! '), weight: 1 }), { maxLength: 600 });
const textAndSpan = fc
  .oneof(manyEnds, fewEnds)
  .map((parts) => parts.join(''))
  .chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)));

describe('sentenceRange', () => {
  it('finds the sentence a straight reading finds, and at least that much where a long one is cut', () => {
    fc.assert(
      fc.property(textAndSpan, ([text, a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const read = sentenceRangeByReading(text, start, end);
        const found = sentenceRange(text, start, end);
        if (read.cut) {
          expect(found.start).toBeLessThanOrEqual(read.start);
          expect(found.end).toBeGreaterThanOrEqual(read.end);
        } else {
          expect(found).toEqual({ start: read.start, end: read.end });
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('no real patient in a draft', () => {
  it.each([
    ['a teaching frame', 'Picture a 58-year-old woman on warfarin who trips on the stairs. Head CT clean. Who repeats the scan? #EMTwitter'],
    ['a board question', 'Board review Q: a 31-year-old man with a painless testicular mass and a raised AFP. Next step?'],
    ['a pearl stated generically', 'Quick pearl: a 2-year-old with a limp and fever is septic arthritis until proven otherwise.'],
    ["the author's children", "Mon fils Hugo a 9 ans aujourd'hui 🎂 et il veut devenir radiologue comme maman."],
    ["the author's pets", 'Our rescue greyhound Biscuit (6) has a sore paw and a vet bill bigger than my pager.'],
    ["the author's own race", 'Ran my first half marathon in Ballarat at 47. Knees say no, heart says yes.'],
    ['a tribute to a colleague', 'Farewell to Nurse Bronwyn Kerr, 41 years on our wards. She taught me to hang my first drip.'],
    ["a colleague's birthday", 'Happy birthday Dr. Emeka Obi, 50 today and still the fastest reader in the department!'],
    ["the practice's notice", 'The clinic is closed Monday for the bank holiday; call 01632 960 555 for repeat scripts.'],
    ['a job advert', "We're hiring two sonographers for our Wagga site, 14 Fitzmaurice Street. Send your CV by 30 June."],
    ['a podcast', 'Ep. 12 of the podcast: burnout in rural EDs with Dr. Zodwa Nkosi and Dr. Liam Park. Recorded in Durban.'],
    ["a colleague's welcome", 'Please welcome Dr. Ines Moreau to our department! She joins us from Lyon after her fellowship.'],
    ["the author's child's concert", "Left early for Amara's school concert. She was a raindrop and waved the whole time 🥹"],
    ['a French practice notice', 'Mon cabinet déménage! À partir du 2 avril: 88 rue King, même numéro 819-555-0143.'],
    ["the author's own screening", 'PSA from a 49-year-old GP who ignored his own advice: had my first colonoscopy today. Book yours.'],
    ['teaching with synthetic images', 'Ankle fractures made simple (Weber & Lauge-Hansen)\n\nA walkthrough with synthetic images only.'],
    ["what's in the author's bag", "what's in my night shift bag: socks, snacks and my old stethoscope from nursing school in Cebu"],
    ["a colleague's exams", 'massive respect to my crew partner @thabo_ecp who passed his ALS exams 🎓'],
    ['talk about the system', 'Ramping at Adelaide hospitals topped 4,000 hours last month. 11 crews queued at 2am on Saturday. The system is broken.'],
    ['a generality from experience', 'in my experience most kids with severe malaria in Kisumu come in with respiratory distress. check the glucose.'],
    ['history in brackets', 'Röntgen discovered X-rays (1895) and never patented them.'],
    ['a teaching hashtag', '#TeachingTuesday for the students: Centor criteria, and why not every sore throat in Galway in November needs amoxicillin.'],
    ['a video episode', 'Ortho Talks Ep. 9: From Small Town to Sports Medicine\n\nDr. Mei Tan grew up in Ipoh and now works as a team physician. She talks training.'],
    ["the author's fun run", 'Ran the Ballarat fun run on Sunday for the hospice, 10km in 58 min, a personal best!'],
    ['a pregnancy announcement', 'Baby Eze #2 loading 🤰 due in October! Ada (4) wants a sister. Clinics in Owerri until 36 weeks, then mat leave.'],
    ["a travel nurse's next contract", '13 weeks in Tucson done ✅ next stop: Fairbanks, ICU contract, 3x12s. ask me anything about the agency'],
    ["the author's own fracture", 'Came off the bike at Mt Buller on Saturday 🙃 scaphoid fracture, cast for 8 weeks.'],
    ['notes from a talk', "1/ Notes from Dr. Ines Duarte's talk at #ECR in Vienna (Thu 5 Mar, Room X). Her core message: size-specific dose."],
    ['a research thread', '1/ New multicentre study: 3 hospitals in Leeds, 12,402 head CTs, sensitivity 94%, specificity 97%.'],
    ['career news', 'Welcome to our new PGY-1s! Nine brilliant people start at Harbourview family medicine this week.'],
    ["the author's milestone", 'Eight years ago today I failed my first cannula. Today I started as a consultant in Hamilton.'],
    ['history', 'On 28 Dec 1895 Röntgen sent his paper to the society in Würzburg. #RadHistory'],
  ])('%s', (_, text) => expect(noRealPatient(text)).toBe(true));

  it.each([
    ['a frame with a patient the author met', 'Imagine my surprise when a 58-year-old woman came in with this. CT below.'],
    ['a case from a shift in a teaching thread', 'Case from Saturday call: 29F, RLQ pain. Teaching point: check the ovaries.'],
    ["the author's child beside a patient", 'My daughter turns 5 today, and my pt in bed 4 drew her a card. Sweetest man.'],
    ['a tribute that names a patient', 'RIP Mr. Doyle, the patient Dr. Amara Singh and I looked after for 6 years.'],
    ['a patient\'s "graduation"', 'Graduation day! Our little warrior from Ward 3B walked out today after 5 weeks.'],
    ['"our girl" on a ward', 'She rang the bell today!! 14 months of chemo and our girl is done. So proud of you Maisie 💜'],
    ['a system complaint with a patient in it', 'Ramped outside Kauri ED for five hours tonight with a 91-year-old on our stretcher. #ramping'],
    ['a rescue in a busy night', '14 patients, two crews, one rollover near Mthatha. the little one we pulled out of the back row went home.'],
    ['a wait counted in hours', 'Teen from Soweto waited 14 hours in the ED with a femur fracture on 3 March.'],
    ['a patient\'s mom and dad', 'Toddler from Leeds swallowed a button battery on 3 March; mom and dad noticed drooling.'],
    ['"I moved him"', 'Kid from Soweto stabbed on 3 March. I moved him to resus myself.'],
    ['a pearl after a case', 'Kid from Soweto stabbed on 3 March. Pearl: always check the back.'],
    ['a rarity statistic in a case', 'baby girl born en caul in a Corolla in our ED car park on 6/21. 1 in 80,000.'],
    ['a birth on an OB rotation', 'My first delivery on my OB rotation 🥹 a baby girl born on Valentine\'s Day at St. Brede\'s in Kilmore.'],
    ['a birth at our little hospital', "Premier bébé de l'année à notre petit hôpital de Val-Joli! Née à 0h12 le 1er janvier."],
    ['our little one in hospital, in French', 'notre petite Léa a 3 ans, hospitalisée depuis mardi au CHU'],
    ['a shout-out for a save', 'Shoutout to Dr. Okafor for the save on R.T. on the 9th: massive PPH, and she walked out today.'],
    ['a nurse who lost a patient (lower-case "nurse" is no colleague title)', 'the nurse said we lost her at 4am. the family was with her.'],
    ['a notice beside a patient', 'Clinic closed Friday. Our patient Mrs. Vella still came in, bless her.'],
  ])('not %s', (_, text) => expect(noRealPatient(text)).toBe(false));
});
