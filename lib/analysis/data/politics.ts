import type { LexiconEntry } from './lexicon';

const GUIDANCE = 'guidance.md prof.politics: "Stick to radiology, education and professional topics; leave out politics"';
const ISSUE = 'issue 11: policy topics with a stance or a call to act, not only party words';

/** Politics on its own: elections, parties, calls to vote or to lobby. */
export const POLITICS: LexiconEntry[] = [
  { pattern: String.raw`elections?|#?election\d*|electoral|ballots?|(?:political )?candidates?(?= (?:who|that|for|in|running))|politicians?|partisan|campaign(?:ing)? (?:for|against)|midterms?|inauguration|(?:at|to) the polls|polls close`, note: 'Elections, candidates and campaigns.', source: GUIDANCE },
  { pattern: String.raw`vot(?:e|ed|ing) (?:yes|no|against|out|them out|(?:every|each|all) (?:one )?of them out|accordingly|pro-?(?:life|choice)|blue|red|(?:in|this|next) (?:November|May|the midterms|the election))|vote (?:them|him|her|anyone \w+) out|vot(?:e|ed|ing) (?:on|for|against) (?:the |this |that )?(?:bill|measure|prop\w*|amendment|HB|SB|AB|single payer|cuts|him|her|them|whoever|anyone who|candidates?|politicians?|lawmakers|legislators|senators?|(?:the )?(?:party|parties))|vot(?:e|ed|ing) (?:Green|Labour|Labor|Liberal|Conservative|Tory|Democrat|Republican|National|Reform|SNP|Plaid|PTI|PML|BJP|Congress)|vote on (?:the |this )?(?:[\w-]+ ){0,4}bill|call yours (?:today|now|tonight)|voted for this|your vote|go vote|get out the vote|voters?|#vote\w*|#?healthcarevoter|we vote|(?:see (?:you|u) )?at the polls|remember (?:this |that )?(?:in|this|next) November`, note: 'Telling people how to vote, or to remember at the next election.', source: GUIDANCE },
  { pattern: String.raw`governor|senators?|congress(?:man|woman|ional)|members of congress|(?<!(?:faculty|academic|student|staff) )(?:the Senate|Senate (?:bill|vote))|the House (?:of Representatives|of Commons|of Lords)|electorate|political part(?:y|ies)|the only party (?:with|that|who)|president(?:ial)?|white house|democrats?|democratic party|republicans?|GOP|MAGA|liberals|leftists?|right-wing|left-wing|the right wing|(?:health|prime) minister|parliament(?:ary)?|MPs|legislators?|lawmakers|the legislature|statehouse|county commissioners|councill?ors|city council`, note: 'Parties, offices, partisan labels and the people who make laws.', source: GUIDANCE },
  { pattern: String.raw`(?:measure|prop(?:osition)?|amendment|bill) \d+\w*|projet de loi \d+|(?:call(?:ed)?|writ(?:e|ten|ing) to|wrote to|e-?mail(?:ed)?|contact(?:ed)?|r(?:i|a)ng|phon(?:e|ed)|text(?:ed)?|tell|told|lobb(?:y|ied)) (?:your|our) (?:local )?(?:senators?|representatives?|reps?|congress\w*|MPs?|MLAs?|MNAs?|MPPs?|MCAs?|MSPs?|MSs?|TDs?|councill?ors?|council ?members?|assembly ?members?|legislators?|lawmakers|state reps?|delegates?)|four more years|(?:tonight['’]s|presidential|the) debate`, note: 'Ballot measures, named bills and calls to lobby a representative.', source: GUIDANCE },
  { pattern: String.raw`(?<!(?:[A-Z]{2,}|Annual|National|World|European|International|Imaging|Medical|Clinical|Surgical|Nursing|Radiology|Cardiology|Oncology|Paediatric|Pediatric|at|to the|#\w*) )(?<!#\w*)Congress(?! (?:of|on|for|in) [A-Z])`, caseSensitive: true, note: 'Congress the legislature, not a conference ("National Imaging Congress", "at Congress", "Congress of Radiology").', source: GUIDANCE },
  { pattern: String.raw`(?:H\.R\.|S\.B\.|A\.B\.|H\.B\.) ?\d{2,5}|(?<=\b(?:[Oo]n|[Aa]bout|[Pp]ass|[Ss]upport|[Oo]ppose|[Aa]gainst|[Kk]ill|[Bb]ill)\s)(?:HR|SB|AB|HB) ?\d{2,5}`, caseSensitive: true, note: 'Bills by number ("HB 1187", "H.R. 3345"), not a heart rate ("HR 140").', source: GUIDANCE },
  { pattern: String.raw`pro-?life|pro-?choice|Medicare for All|single[- ]payer|#(?:MedicareForAll|SinglePayer|ProLife|ProChoice|RoeVWade|BansOff\w*|GunControl\w*|GunReform\w*|GunSafety\w*|MomsDemand\w*|Resist|VoteBlue\w*|VoteRed\w*)|the NRA|gun lobby|Dobbs|Roe v\.? Wade|picket lines?|join (?:the|our|us at the) [\w' ]{0,30}(?:protest|rally|picket|(?<!\b(?:in|of|by|until|from|since|early|late|mid) )march)`, note: 'Positions on abortion, guns and health-care funding, partisan hashtags, picket lines and protests.', source: ISSUE },
];

/** A vote on its own may be a committee's or an award's: it is politics only in a draft that is already political. */
export const BARE_VOTES: LexiconEntry[] = [
  { pattern: String.raw`vot(?:e|es|ed|ing)`, note: 'A vote, by people or by a legislature.', source: GUIDANCE },
];

/** Policy topics that are politics only with a stance or a call to act; a neutral fact about them is not. */
export const POLICY_TOPICS: LexiconEntry[] = [
  { pattern: String.raw`(?:funding|health|healthcare|scope(?: of practice)?|staffing|budget|spending|reform|appropriations|care|NHI) bills?|the bill|this bill|legislation|(?:staffing|safe staffing|ratio|gun|abortion|immigration|new|state|federal|proposed) (?:ratio |reform )?laws?|abortion|(?<!(?:nail|staple|glue|nerf|heat|spray|water|radar|speed|paint|grease|caulk|caulking|tattoo|trigger|nail-) )guns?|firearms?|assault weapons|Medicaid|Medicare (?:cuts|Advantage)|the ACA|Obamacare|universal (?:health ?care|coverage)|health ?care (?:should be|is) (?:free|a (?:human )?right)|vaccine mandates?|immigra\w+|deportations?|ICE raids|asylum seekers|scope creep|prior auth(?:orization)? reform|health budget|public funding|government|(?:doctors?['’]?|nurses?['’]?|junior doctors?['’]?|resident doctors?['’]?|resident) strikes?|on strike|industrial action`, note: 'Policy topics clinicians argue about, and strikes: news of them is not politics, taking a side is.', source: ISSUE },
];

/** Bills and acts by their name ("the Community Pharmacy Prescribing Bill"): politics with a side taken. */
export const NAMED_BILLS: LexiconEntry[] = [
  { pattern: String.raw`(?<![\w'’-])(?!(?:Thanks?|Thank you|Uncle|Dr|Mr|Mrs|Ms|Hi|Hey|Dear|Big|Old|Auntie|Mental Health|Mental Capacity|Data Protection|Equality|Human Rights|Human Tissue|Children|Care|Health and Safety|Freedom of Information|Road Traffic|Misuse of Drugs|Access to Health Records)\b)(?:[A-Z][\w'’-]{1,30} ){2,6}(?:Bill|Act)|#\w*Strike\w*`, caseSensitive: true, note: 'A bill or act by its capitalised name (not the clinical statutes, not "Uncle Bill"), and strike hashtags.', source: ISSUE },
];

/** Taking a side on a policy: "gutting", "bought by lobbyists", "we need", "join", "shame". */
export const POLICY_STANCES: LexiconEntry[] = [
  { pattern: String.raw`oppos\w+|support(?:s|ing)?|against|fight(?:ing)?|gut(?:s|ting)?|cut(?:s|ting)?|repeal\w*|ban(?:s|ning)?|defund\w*|protect\w*|shame\w*|disgrace\w*|cruel|outrage\w*|bought|lobbyists?|danger(?:ous)?|furious|(?:we|you) (?:need|must|should|deserve)|deserves?|it['’]s time|a right|is healthcare|not one \w+|bad bill|terrible|will not return|won['’]t stand|whatever side|take a side|love them even more with|will hurt|kill(?:s|ing)?|blood on|complicit|wake up|enough is enough`, note: 'Words that take a side.', source: ISSUE },
];
