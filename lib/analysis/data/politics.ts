import type { LexiconEntry } from './lexicon';

const GUIDANCE = 'guidance.md prof.politics: "Stick to radiology, education and professional topics; leave out politics"';

export const POLITICS: LexiconEntry[] = [
  { pattern: String.raw`elections?|#?election\d*|electoral|ballots?|candidates?|politicians?|partisan|campaign(?:ing)? (?:for|against)|midterms?|primaries|inauguration`, note: 'Elections, candidates and campaigns.', source: GUIDANCE },
  { pattern: String.raw`vote (?:yes|no|against|like|them out)|voted for|voting for|go vote|get out the vote|your vote|#vote|polls close|#?healthcarevoter|voters?`, note: 'Telling people how to vote (a Twitter poll is not an election).', source: GUIDANCE },
  { pattern: String.raw`governor|senators?|congress(?:man|woman|ional)?|president(?:ial)?|white house|democrats?|democratic party|republicans?|GOP|MAGA|liberals|leftists?|right-wing|left-wing|the left|the right wing`, note: 'Parties, offices and partisan labels.', source: GUIDANCE },
  { pattern: String.raw`(?:measure|prop(?:osition)?|amendment|bill) \d+\w*|call your (?:senators?|representatives?|congress\w*)|contact your (?:senators?|representatives?)|four more years|(?:tonight['’]s|presidential|the) debate`, note: 'Ballot measures, legislation lobbying and debates.', source: GUIDANCE },
];
