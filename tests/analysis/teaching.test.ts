import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { teachingSignal } from '@/lib/analysis/teaching';

const UNKNOWNS: Array<[string, number?]> = [
  ['Unknown case #13: 8 y/o with a limp. What do you see? Answer Friday #MyRadHashtag', 13],
  ['Case #12 🧠 Sudden headache, non-contrast CT below. Guess the diagnosis! #RadQuiz', 12],
  ['#UnknownCase for the residents: what is the finding on this chest film?'],
  ['Unknown 47. Ankle radiograph after an inversion injury. Answers in the replies 👇', 47],
  ['Quiz time! Which sign is this? A) Hampton hump B) Westermark sign C) Fleischner sign'],
  ['Name the sign. Answer tomorrow. #FOAMrad'],
  ['Spot the abnormality on this lateral C-spine. Answer in 48 hours.'],
  ["What's your diagnosis? Poll below, answer Wednesday #MedEd"],
  ['Case no. 3 of our teaching series: abdominal pain, portal venous CT. Drop your dx below', 3],
  ['Pop quiz for the interns: what is going on with this ECG? #ECGchallenge'],
  ['🔍 UNKNOWN CASE (answer in tomorrow\'s post) #MSKRad'],
  ['Guess the dx. Hint: look at the left hilum. Reveal on Friday #LuriePedsNeuro'],
  ['Test yourself: the classic finding on this knee MRI? Solution next Monday.'],
  ['Diagnosis? 🤔 Answer coming Thursday'],
  ['Image challenge #22: what would you call this? #ImageChallenge', 22],
  ['Unknown case Friday 🔍 adult, hearing loss. Dx? Answer tomorrow 👇'],
  ['What is the diagnosis?\nA) Osteoid osteoma\nB) Brodie abscess\nC) Stress fracture'],
  ['Case #8 #LuriePedsNeuro: follow-up MRI, what changed?', 8],
  ['Your ddx? Comment below, answer in 24h.'],
  ['#whatsyourdx Retroperitoneal mass on a staging CT. Thoughts?'],
];

const ANSWERS: Array<[string, number?]> = [
  ['Answer to case #12: subarachnoid haemorrhage. Note the blood in the basal cisterns. #RadQuiz', 12],
  ['Case 12 answer: Segond fracture, so look for the ACL tear.', 12],
  ['Yesterday\'s unknown: it was a Brodie abscess. Well done to everyone who guessed it!'],
  ['ANSWER ✅ Kienböck disease. Great guesses everyone. #UnknownCase'],
  ['Reveal: Westermark sign, the answer to Wednesday\'s quiz.'],
  ['Unknown 47 reveal - it was an osteochondral lesion of the talus.', 47],
  ['Answer: B) Hampton hump. Thanks for all the votes!'],
  ['Solution to the case from Monday: intussusception, target sign on ultrasound.'],
  ['Thanks to everyone who answered! The diagnosis was sarcoidosis.'],
  ['Answer for case #31 #LuriePedsNeuro: medulloblastoma.', 31],
  ['Answer case #13: Brodie abscess.', 13],
  ['Answer to case #12: Kienböck disease. Next unknown Wednesday, answer Friday #MyTag', 12],
];

const NOT_TEACHING = [
  'The answer is always more sleep and fewer night shifts.',
  'Unknown caller at 3am again. Pager life.',
  'Case numbers are rising this flu season, get your vaccine.',
  "Guess who's on call again this weekend 🙃",
  'Poll workers needed in our county, sign up today.',
  'No answer from the pharmacy for an hour.',
  'Case 12 of 20 today, exhausted.',
  'Answer your pager, people.',
  'An unknown primary is a tough diagnosis to live with.',
  'Journal club Thursday: diagnosis of early sepsis in the ED.',
  'Hoping you get answers soon. Sending strength.',
  'I will answer Friday\'s email on Monday.',
  'Case report accepted! Our first publication as a team.',
  'Vote on Tuesday. Every vote counts.',
  'What is the best coffee in the hospital? Asking for a friend.',
  'References:\n1. Smith A. A study. 2024.\n2. Jones B. Another. 2023.\nWhat do we know?',
  'Etiology remains unknown',
  'Cause: unknown',
  'Our nurses helped make the diagnosis, and your diagnosis matters to us.',
  'What changed after your diagnosis?',
  'Week 3 of #couchto5kchallenge and the #PubQuiz team is thriving',
  'The answer is tomorrow at 5pm',
  'A new study revealed that night shifts age us. Mystery solved.',
  'The highlight of last week was the residents\' graduation.',
  'Diagnosis: burnout.',
  'My kid got it right on his spelling test. Great answers from the whole class!',
];

describe('teaching posts', () => {
  it.each(UNKNOWNS)('recognises an unknown: %s', (text, caseNumber) => {
    const signal = teachingSignal(text, { ownHashtag: '#LuriePedsNeuro' });
    expect(signal?.kind).toBe('unknown');
    expect(signal?.caseNumber).toBe(caseNumber);
  });

  it.each(ANSWERS)('recognises an answer: %s', (text, caseNumber) => {
    const signal = teachingSignal(text);
    expect(signal?.kind).toBe('answer');
    expect(signal?.caseNumber).toBe(caseNumber);
  });

  it.each(NOT_TEACHING)('leaves ordinary talk alone: %s', (text) => {
    expect(teachingSignal(text)).toBeUndefined();
  });

  it('names the answer day, the hashtags, and the user\'s own hashtag as the user spelled it', () => {
    const signal = teachingSignal('Unknown case #13 … answer Friday #myradhashtag #FOAMrad', { ownHashtag: 'MyRadHashtag' });
    expect(signal).toEqual({ kind: 'unknown', caseNumber: 13, hashtags: ['myradhashtag', 'FOAMrad'], ownHashtag: 'myradhashtag', answerDay: 5 });
    expect(teachingSignal('Unknown case, answer Wed')?.answerDay).toBe(3);
    expect(teachingSignal('Guess the dx! Answer tomorrow')?.answerInHours).toBe(24);
    expect(teachingSignal('Unknown case #4, answer in 48h')?.answerInHours).toBe(48);
  });

  it('counts a numbered case with the user\'s own hashtag as an unknown, and without it as nothing', () => {
    expect(teachingSignal('Case 14 #LuriePedsNeuro', { ownHashtag: 'LuriePedsNeuro' })?.kind).toBe('unknown');
    expect(teachingSignal('Case 14 #LuriePedsNeuro')).toBeUndefined();
  });

  it('is never a finding: a teaching post is checked like any other draft', () => {
    const text = 'Unknown case #13: what do you see? Answer Friday. Views my own; not medical advice.';
    expect(teachingSignal(text)?.kind).toBe('unknown');
    expect(analyze(text, { platform: 'x', surface: 'post', disclaimer: 'Views my own; not medical advice.' })).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '   ', '#', '#'.repeat(50_000), 'case #99999999', '\u202Eunknown case\u202C', undefined as unknown as string]) {
      expect(() => teachingSignal(text)).not.toThrow();
    }
  });
});
