/**
 * Recognises a teaching post while it is written: an "unknown" case or quiz that asks readers for the
 * diagnosis, or the answer to one. This is a signal, never a finding: it is not a problem, is not
 * counted and never holds the Post button. Pure: no DOM, storage or network.
 */
import { normalizeText } from './text';

export type TeachingKind = 'unknown' | 'answer';

export interface TeachingSignal {
  kind: TeachingKind;
  /** The case's number as the draft gives it ("Case #12", "Unknown 47"). */
  caseNumber?: number;
  /** Every hashtag in the draft, without its "#", in order, once each. */
  hashtags: string[];
  /** The user's own tracking hashtag, as the user spelled it, when the draft carries it. */
  ownHashtag?: string;
  /** The weekday named for the answer ("answer Friday"), 0 = Sunday. */
  answerDay?: number;
  /** Hours until the answer, where the post says ("answer tomorrow": 24, "answer in 48h": 48). */
  answerInHours?: number;
}

export interface TeachingOptions {
  /** The user's tracking hashtag, with or without "#". */
  ownHashtag?: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY = String.raw`(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?`;
const NUMBER = String.raw`(?:#\s?|no\.?\s?|number\s)?(\d{1,4})\b`;

/** Hashtags that only quiz posts carry. */
const STEM = String.raw`(?:rad\w*|med\w*|ecg|ekg|path\w*|derm\w*|ortho\w*|ophtho\w*|neuro\w*|msk|peds|paeds|em|heme|cardio|pulm|gi|us|ct|mri|xray|case|dx|image|imaging|img|anatomy|histo|micro|nurs\w*|clinical|board|foam\w*)`;
const QUIZ_TAG = new RegExp(
  String.raw`#(?:unknown\w*|${STEM}quiz\w*|quiz(?:time|me|of\w*)?|whatsyour(?:dx|diagnosis)|namethat\w*|spotdiagnosis|spotthe\w+|${STEM}challenge|guessthe\w+|\w*unknowns?)\b`,
  'i',
);
/** Words that ask readers to identify the case. */
const ASKS = [
  /\bunknown\s+(?:case|cases|#?\d|of the (?:day|week))/i,
  /\b(?:guess|name|spot|what(?:'s| is)|whats) (?:the |your |a |this )?(?:diagnosis|dx|ddx|finding|abnormality|sign|pathology|lesion)\b/i,
  /\bwhat(?:'s| is|s) (?:the |your )?(?:diagnosis|dx|ddx)\b/i,
  /\b(?:what do you see|what would you call this|what's going on here|how would you manage this|test yourself|quiz time|pop quiz|spot the)\b/i,
  /\b(?:case|image|ecg|ekg|x-?ray|ct|mri) challenge\b/i,
  /(?:^|[\n.!:🔍🤔👀]\s*)(?:diagnosis|dx|ddx)\s*\?/imu,
  /\b(?:guesses|answers?|dx|diagnosis|ddx) (?:below|in the comments|in comments|in replies|👇)/i,
  /\bdrop your (?:guess|guesses|answer|answers|dx|diagnosis|ddx|interpretation)\b/i,
  /(?:^|[\n.!:🔍🤔👀]\s*)(?:your|ur) (?:diagnosis|diagnose|diagnostic|dx|ddx|interpretation|differential)\s*\?/imu,
  /\b(?:comment|drop|reply with) (?:ur|your) (?:ddx|dx|guess(?:es)?|diagnosis)\b/i,
  /\bquiz\b[^\n]*\?/i,
  /\b(?:what|which)(?:'s| is|s) (?:on )?your (?:differential|ddx|dx|diagnosis|diagnose|diagnostic|next step)\b/i,
  /\bwhich is the (?:diagnosis|diagnostic|dx)\s*\?/i,
  /\bwhich (?:finding|sign|feature) (?:worries|concerns|bothers) you\b/i,
  /\bcan you (?:find|spot|see|name) the\b/i,
  /(?:^|[\n.!?]\s*|\b(?:new|today['’]s|tonight['’]s|this week['’]s|\w+day['’]s|derm|neuro|msk|peds|paeds|ecg|ekg|rad|path|ct|mri|us|xr|ed|er|icu)\s+)unknown(?:\s+(?:is\s+)?(?:up|time|alert|posted))?\s*[:!🔍🤔]/imu,
];
/** When the answer is promised: "answer Friday", "answer in 48 h", "reveal tomorrow". */
const ANSWER_LATER = new RegExp(
  String.raw`(?<!\b(?:get|find|have|got|need|no)\s+)\b(?:answers?|reveal|solution|diagnosis|discussion|breakdown)(?:\s*\+\s*discussion)?(?:\s+(?:will\s+be\s+)?(?:posted|coming|drops|up|out|is))?\s+(?:on\s+|this\s+|next\s+|by\s+|coming\s+|at\s+the\s+)?(?:(${DAY})\b(?!['’]s)|in\s+(?:\d+|24|48|72)\s*(?:h|hrs?|hours?|days?)\b|tomorrow\b|later(?:\s+today)?\b|tonight\b|weekend\b|in\s+(?:pt|part)\s*\d\b|(?:in\s+)?(?:the\s+)?(?:next|tomorrow's)\s+(?:post|video|reel|thread)\b)`,
  'i',
);
/** The post is itself the answer: "Answer to case #12", "Case 12 answer", "Yesterday's unknown:". */
const ANSWERS = [
  new RegExp(
    String.raw`\b(?:answer|solution|reveal|diagnosis|dx)\s*(?:to|for|of)\s+(?:the\s+|my\s+|our\s+|this\s+week['’]s\s+|\w+day['’]s\s+|last\s+\w+['’]s\s+)?(?:\w+\s+)?(?:case|unknown|quiz|poll|challenge|puzzle|test-yourself|12-lead|ecg|ekg|scan|slide|image|#)`,
    'i',
  ),
  /(?:\d|\b(?:slide|quiz|case|unknown|unkown|ecg|ekg|scan|puzzle|mystery|image))\s+(?:answer|solution|reveal)\s*(?:[:\-–—!]|\p{Extended_Pictographic})/iu,
  new RegExp(String.raw`\b(?:case|unknown|quiz)\s*${NUMBER}\s*(?:[-–:]\s*)?(?:answer|solution|reveal|revealed|diagnosis)\b`, 'i'),
  /\b(?:answer|solution|reveal)\s+(?:case|unknown|quiz)\s*(?:#|no\.?)?\s*\d/i,
  /(?:^|[\n.!?—–-]\s*|\b(?:case|unknown|quiz|challenge|poll)\b[^\n.]{0,24}?\s)(?:answer|solution|reveal)\s*[:=]\s*\S/im,
  /\b(?:reveal time|answer time)\b/i,
  /\bthe (?:answer|diagnosis|dx) (?:to|for) (?:\w+['’]s|the|this|that|last|yesterday['’]s)\b/i,
  /\b(?:yesterday's|last week's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|this week's|the) (?:unknown|quiz|case of the (?:day|week)|poll|challenge)\s*(?:#?\d+\s*)?(?::|answer|reveal|was\b|is\b|—|-)/i,
  /^\s*(?:answer|reveal|solution)\s*(?:#?\d+\s*)?(?:[:\-–=!]|✅|\p{Extended_Pictographic})/imu,
  /\b(?:who|for) (?:answered|guessed|voted)\b[\s\S]{0,80}\bthe (?:answer|diagnosis|dx) (?:is|was)\b/i,
  /\bthe answer (?:to [\w\s]{1,20}\d+ )?(?:is|was)\b[\s\S]{0,200}\b(?:case|unknown|quiz|poll|challenge|part|pt|puzzle|guess\w*|most of (?:u|you) said)\b|\b(?:case|unknown|quiz|poll|challenge|part|pt|puzzle)\b[\s\S]{0,200}\bthe answer (?:is|was)\b/i,
];
/** Answer words that ordinary talk uses too ("mystery solved", "great answers"): they count only in a post about a case or quiz. */
const WEAK_ANSWERS = [
  /\b(?:solved|revealed)\b/i,
  /^\s*(?:diagnosis|dx)\s*:/im,
  /\b(?:dx|diagnosis|case|unknown|quiz)\s+(?:from|of)\s+(?:yesterday|last week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(?:[=:]|was|is)\s/i,
  /\b(?:great|good|lots of|so many|amazing) (?:guesses|answers)\b|\b(?:nailed it|got it right|guessed (?:it|right|correctly))\b/i,
  /\b(?:thanks|thank you) (?:for|to) (?:all |everyone )?(?:the |your |who )?(?:guesses|answers|votes|guessed|answered|voted)\b/i,
];
/** What makes a post about a case or a quiz. */
const QUIZ_WORD = /\b(?:case|unknown|quiz|poll|challenge|guess(?:es|ed)?|spot dx)\b|(?:^|\s)#\d/i;
/** A case numbered as a teaching series numbers it: "Case #12", "Unknown 47", "Case no. 3". */
const SERIES = String.raw`(?:(?:case|scan|image|slide|x-?ray|ecg|ekg)\s+of\s+the\s+(?:day|week)|case|unknown|unkown|quiz|challenge|mystery|puzzle|part|pt|ecg|ekg)`;
const CASE_NUMBER = new RegExp(String.raw`\b${SERIES}\s*\(?(?:#\s?|no\.?\s?|n°\s?|number\s)?(\d{1,4})\b(?!\s*(?:of|\/|out of)\s*\d)|(?:^|[\s(])#(\d{1,4})\b`, 'i');
/** A poll written out as lettered options: "A) … B) … C) …" on separate lines or in one. */
const POLL_OPTIONS = /(?:^|\s)\(?[Aa][).]\s+\S[^\n]*?(?:\n|\s)\(?[Bb][).]\s+\S/;
/** A hashtag has a letter in it: "#13" is a number, not a tag. */
/** A poll's question that asks about a case, not about coffee. */
const CLINICAL_QUESTION = /\b(?:diagnos\w*|dx|ddx|finding|sign|next step|management|most likely|best (?:next|initial)|which (?:of these|sign|finding|is (?:the|most))|what is (?:this|the))\b[^?\n]*\?/i;
const HASHTAG = /#([\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

/**
 * Whether `text` is a teaching post, and what it says about its case. Quiz words alone are not
 * enough where ordinary talk uses them ("the answer is sleep", "unknown caller"): an unknown needs a
 * question put to readers, a quiz hashtag, or a promised answer; an answer post needs to name what
 * it answers.
 */
export function teachingSignal(text: string, options: TeachingOptions = {}): TeachingSignal | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const draft = normalizeText(text.slice(0, 20_000)).text;
  const hashtags = [...new Set([...draft.matchAll(HASHTAG)].map((m) => m[1]!))];
  const own = ownTag(options.ownHashtag);
  const ownHashtag = own ? hashtags.find((tag) => tag.toLowerCase() === own.toLowerCase()) : undefined;
  const numbered = CASE_NUMBER.exec(draft);
  const caseNumber = numbered ? Number(numbered[1] ?? numbered[2]) : undefined;

  const answers = ANSWERS.some((pattern) => pattern.test(draft)) || (QUIZ_WORD.test(draft) && WEAK_ANSWERS.some((pattern) => pattern.test(draft)));
  const asks = QUIZ_TAG.test(draft) || ASKS.some((pattern) => pattern.test(draft)) || (POLL_OPTIONS.test(draft) && CLINICAL_QUESTION.test(draft));
  // "Answer Friday" promises an answer, in a post that asks, numbers a case, tags it or asks a question.
  const promise = ANSWER_LATER.exec(draft);
  const later = promise && (asks || numbered || hashtags.length > 0 || /\?/.test(draft)) ? promise : null;
  // An answer that also announces the next unknown is an answer: the case it answers must be closed.
  const kind: TeachingKind | undefined = answers ? 'answer' : later || asks || (numbered && ownHashtag) ? 'unknown' : undefined;
  if (!kind) return undefined;
  const signal: TeachingSignal = { kind, hashtags };
  if (caseNumber !== undefined && caseNumber > 0) signal.caseNumber = caseNumber;
  if (ownHashtag) signal.ownHashtag = ownHashtag;
  const day = later?.[1] ? weekday(later[1]) : undefined;
  if (day !== undefined) signal.answerDay = day;
  const hours = later ? answerHours(later[0]) : undefined;
  if (hours !== undefined) signal.answerInHours = hours;
  return signal;
}

function answerHours(promise: string): number | undefined {
  if (/\btomorrow\b/i.test(promise)) return 24;
  const span = /\bin\s+(\d+)\s*(h|hrs?|hours?|days?)\b/i.exec(promise);
  if (!span) return undefined;
  const hours = Number(span[1]) * (/^d/i.test(span[2]!) ? 24 : 1);
  return hours > 0 && hours <= 24 * 28 ? hours : undefined;
}

function ownTag(tag: string | undefined): string | undefined {
  const bare = tag?.trim().replace(/^#/, '');
  return bare && /^[\p{L}\p{N}_]+$/u.test(bare) ? bare : undefined;
}

function weekday(word: string): number | undefined {
  const prefix = word.toLowerCase().slice(0, 3);
  const index = WEEKDAYS.findIndex((day) => day.startsWith(prefix));
  return index >= 0 ? index : undefined;
}
