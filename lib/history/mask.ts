import { CATEGORIES } from '../analysis/categories';
import { MEDICAL_ABBREVIATIONS } from '../analysis/data/medical-abbreviations';
import type { Finding } from '../analysis/types';
import { CLINICAL_WORDS } from './data/clinical-words';
import { COMMON_WORDS, NAME_LIKE_WORDS } from './data/common-words';

/** Words kept either side of the finding in an excerpt. */
const EXCERPT_WORDS = 8;

const ABBREVIATIONS = new Set(MEDICAL_ABBREVIATIONS.words);
const CLINICAL = new Set(CLINICAL_WORDS.words);
/** Titles before a name: kept themselves, and their full stop does not end a sentence. */
const HONORIFICS = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Sr', 'Jr', 'St']);
/** Contractions whose stem is not a word by itself ("can't" → "ca"). */
const CONTRACTION_STEMS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'am' };

/** The masks history writes; any other text in brackets is the user's and is masked like any word. */
const KNOWN_MASKS = new Set([...Object.values(CATEGORIES).map((c) => `[${c.mask}]`), '[NAME?]', '[WORD?]', '[NUMBER]', '[LINK]', '[EMAIL]', '[HANDLE]', '[TAG]']);
/** Numbers written as words ("five five five", "twelve", "double oh") tell as much as digits. */
const NUMBER_WORD = /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|double|triple|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth)(?:-(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?$/i;

/** What a piece of the draft becomes in history. */
interface Piece {
  text: string;
  /** Counts towards the excerpt's width. */
  isWord: boolean;
  start: number;
  end: number;
}

/**
 * Pieces of a draft, in order. Order matters: links, e-mails and handles before words; anything
 * with a digit is a number; a word is one run of letters with inner apostrophes and hyphens.
 */
const PIECE =
  /(?<link>\b(?:https?:\/\/|www\.)\S+)|(?<email>[^\s@]+@[^\s@]+\.[^\s@]+)|(?<handle>[@#][\p{L}\p{N}_]+)|(?<mask>\[[A-Z?][A-Z ?]*\])|(?<number>[\p{L}\p{M}]*[\p{N}#][\p{L}\p{M}\p{N}#]*(?:[-/.:,][\p{L}\p{M}\p{N}#]+)*)|(?<word>\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*)|(?<space>\s+)|(?<other>[\s\S])/gu;

/**
 * Decides what a history excerpt may keep of a word. Only common dictionary words survive: a name,
 * a place, a rare word or a capitalised word that is not at the start of a sentence becomes
 * "[NAME?]" or "[WORD?]", so a name the engine missed is never stored.
 */
export function maskWord(word: string, sentenceStart: boolean): string {
  if (word === 'I' || ABBREVIATIONS.has(word) || HONORIFICS.has(word)) return word;
  const parts = word.split('-');
  if (parts.length > 1) return parts.every((part, i) => maskWord(part, sentenceStart && i === 0) === part) ? word : maskFor(word);
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (/^\p{Lu}+$/u.test(word) && word.length > 1) return CLINICAL.has(lower) ? word : maskFor(word);
  if (/^\p{Lu}/u.test(word) && (!sentenceStart || NAME_LIKE_WORDS.has(lower))) return maskFor(word);
  return isCommon(lower) ? word : maskFor(word);
}

function maskFor(word: string): string {
  return /^\p{Lu}/u.test(word) ? '[NAME?]' : '[WORD?]';
}

function isCommon(lower: string): boolean {
  if (COMMON_WORDS.has(lower) || CLINICAL.has(lower) || lower === 'i') return true;
  const contraction = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m|s')$/.exec(lower);
  if (!contraction) return false;
  const stem = contraction[2] === "s'" ? `${contraction[1]}s` : contraction[1]!;
  return COMMON_WORDS.has(CONTRACTION_STEMS[stem] ?? stem) || stem === 'i';
}

/** Keeps a punctuation mark or symbol; drops control and format characters. */
function keepCharacter(ch: string): string {
  return /[\p{P}\p{S}]/u.test(ch) ? ch : '';
}

/**
 * The whole draft cut into pieces, each already masked: patient findings by their category
 * ("[AGE]"), then numbers, links, contacts and any word that is not a common dictionary word.
 * The decision is made over the whole draft, before any excerpt window is cut.
 */
function maskedPieces(text: string, findings: readonly Finding[]): Piece[] {
  const patient = findings.filter((f) => f.category.startsWith('phi.') && f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  let nextFinding = 0;
  const pieces: Piece[] = [];
  let next = 0;
  let sentenceStart = true;
  let previousWord = '';
  for (const match of text.matchAll(PIECE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < next) continue;
    // Findings are sorted by start: skip those that ended before this piece, then look only at those that begin inside it.
    while (nextFinding < patient.length && patient[nextFinding]!.end <= start) nextFinding++;
    let finding: Finding | undefined;
    for (let j = nextFinding; j < patient.length && patient[j]!.start < end; j++) {
      if (patient[j]!.end > start) {
        finding = patient[j];
        break;
      }
    }
    if (finding) {
      // The whole finding, and any piece it touches, becomes its mask.
      next = Math.max(end, finding.end);
      pieces.push({ text: `[${CATEGORIES[finding.category].mask}]`, isWord: true, start: Math.min(start, finding.start), end: next });
      sentenceStart = false;
      continue;
    }
    next = end;
    const groups = match.groups!;
    let masked: string;
    if (groups.space !== undefined) masked = ' ';
    else if (groups.link !== undefined) masked = '[LINK]';
    else if (groups.email !== undefined) masked = '[EMAIL]';
    else if (groups.handle !== undefined) masked = groups.handle.startsWith('@') ? '[HANDLE]' : hashtag(groups.handle);
    else if (groups.mask !== undefined) masked = KNOWN_MASKS.has(groups.mask) ? groups.mask : maskWord(groups.mask.slice(1, -1), false);
    else if (groups.number !== undefined) masked = '[NUMBER]';
    else if (groups.word !== undefined) masked = NUMBER_WORD.test(groups.word) ? '[NUMBER]' : maskWord(groups.word, sentenceStart);
    else masked = keepCharacter(match[0]);
    const isWord = groups.space === undefined && groups.other === undefined;
    // A capital after a full stop or a line break may just start a sentence; anywhere else it marks a name.
    if (isWord) sentenceStart = false;
    else if (/[.!?…\n]/.test(match[0])) sentenceStart = !(match[0] === '.' && HONORIFICS.has(previousWord));
    if (groups.space === undefined) previousWord = match[0];
    if (masked) pieces.push({ text: masked, isWord, start, end });
  }
  return mergeRepeatedMasks(pieces);
}

/** A hashtag is kept when its words are common ("#radiology"); "#JaneStrong" is masked. */
function hashtag(tag: string): string {
  const word = tag.slice(1);
  return /^\p{Ll}+$/u.test(word) && isCommon(word) ? tag : '[TAG]';
}

/** "[NAME?] [NAME?]" reads as one masked name: adjacent equal masks are told once. */
function mergeRepeatedMasks(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const previousWord = out.at(-1)?.text === ' ' ? out.at(-2) : out.at(-1);
    if (piece.isWord && piece.text.startsWith('[') && previousWord?.text === piece.text && previousWord.text.endsWith('?]')) {
      if (out.at(-1)?.text === ' ') out.pop();
      previousWord.end = piece.end;
      continue;
    }
    out.push(piece);
  }
  return out;
}

/**
 * The words around `finding`, as history keeps them: common dictionary words and punctuation,
 * everything else masked by kind. Newlines become spaces.
 */
export function maskedExcerpt(text: string, findings: readonly Finding[], finding: Finding): string {
  return maskedExcerpts(text, findings, [finding])[0]!;
}

/** The excerpts of several findings of one draft, masking the draft once. */
export function maskedExcerpts(text: string, findings: readonly Finding[], of: readonly Finding[]): string[] {
  const pieces = maskedPieces(text, findings);
  return of.map((finding) => excerptFrom(pieces, finding));
}

function excerptFrom(pieces: readonly Piece[], finding: Finding): string {
  let first = pieces.findIndex((p) => p.end > finding.start);
  if (first < 0) first = pieces.length;
  let last = first;
  while (last + 1 < pieces.length && pieces[last + 1]!.start < finding.end) last++;
  for (let words = 0; first > 0 && words < EXCERPT_WORDS; ) if (pieces[--first]!.isWord) words++;
  for (let words = 0; last < pieces.length - 1 && words < EXCERPT_WORDS; ) if (pieces[++last]!.isWord) words++;
  const body = pieces
    .slice(first, last + 1)
    .map((p) => p.text)
    .join('')
    .trim();
  return `${first > 0 ? '…' : ''}${body}${last < pieces.length - 1 ? '…' : ''}`;
}

/** Masks text already stored (an excerpt from an older version): every rule above applies, and earlier masks stay. */
export function remaskStoredExcerpt(excerpt: string): string {
  const lead = excerpt.startsWith('…') ? '…' : '';
  const tail = excerpt.length > 1 && excerpt.endsWith('…') ? '…' : '';
  const body = excerpt.slice(lead.length, excerpt.length - tail.length);
  return `${lead}${maskedPieces(body, [])
    .map((p) => p.text)
    .join('')
    .trim()}${tail}`;
}
