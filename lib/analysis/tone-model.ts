/**
 * A small logistic model over words, word pairs, crude stems, the rules' own word lists and VADER sentiment, for the tone
 * categories whose phrasing rules cannot list (sarcasm, contempt). Trained by `npm run train` from
 * labelled drafts; its weights are data (`data/tone-model.json`). Pure and synchronous.
 */
import vader from 'vader-sentiment';
import { lexiconMatches, type LexiconEntry } from './data/lexicon';
import { CARE_DIRECTIONS, DOSES, LAY_READERS, REASSURANCES, TREATMENTS } from './data/medical-advice';
import { DRAMA, GRIEVANCES, LAUGHTER, MOCKERY, NAMED_ONLY_WITH_A_JAB, NEGATIVITY_TARGETS, PATIENT_TARGETS, SOUR_WORDS } from './data/negativity';
import { POLICY_STANCES, POLICY_TOPICS, POLITICS } from './data/politics';
import { COMPLAINT_CUES, IRONIC_PRAISE, SARCASM_MARKERS, SCARE_QUOTES } from './data/sarcasm';
import trainedModel from './data/tone-model.json';
import { sentenceRanges } from './subject';
import type { AnalysisContext, Category, RuleMatch } from './types';

/** The rules' own word lists, as features: the model learns how much each one counts, alone and together. */
const LEXICONS: Record<string, readonly LexiconEntry[]> = {
  'sarcasm-marker': SARCASM_MARKERS,
  target: NEGATIVITY_TARGETS,
  'named-with-a-jab': NAMED_ONLY_WITH_A_JAB,
  'patient-target': PATIENT_TARGETS,
  mockery: MOCKERY,
  sour: SOUR_WORDS,
  grievance: GRIEVANCES,
  drama: DRAMA,
  treatment: TREATMENTS,
  dose: DOSES,
  'care-direction': CARE_DIRECTIONS,
  reassurance: REASSURANCES,
  'lay-reader': LAY_READERS,
  politics: POLITICS,
  'policy-topic': POLICY_TOPICS,
  'policy-stance': POLICY_STANCES,
};
const PATTERNS: Record<string, RegExp> = {
  'ironic-praise': new RegExp(`\\b(?:${IRONIC_PRAISE})\\b`, 'gi'),
  complaint: new RegExp(`(?:${COMPLAINT_CUES})`, 'gi'),
  'scare-quotes': new RegExp(SCARE_QUOTES, 'g'),
  laughter: new RegExp(LAUGHTER, 'gi'),
};


/** One feature seen in a draft, with the characters it came from (none for whole-draft features). */
export interface FeatureHit {
  name: string;
  start: number;
  end: number;
  value: number;
}

export interface ToneModelData {
  note: string;
  source: string;
  /** Per category: bias, decision threshold on the probability, and feature weights. */
  categories: Record<string, { bias: number; threshold: number; weights: Record<string, number> }>;
}

const TOKEN = /[@#]?[\p{L}\p{N}][\p{L}\p{N}_'’]*|\p{Extended_Pictographic}|[!?]+|["“”]|\.{3}|…/gu;
/** The names of the word-list features (`l:<name>`). */
export const LEXICON_FEATURES: readonly string[] = [...Object.keys(LEXICONS), ...Object.keys(PATTERNS)];

interface Token {
  text: string;
  start: number;
  end: number;
}

function normalizeToken(raw: string): string {
  if (raw.startsWith('@')) return '@user';
  const lower = raw.toLowerCase().replace(/’/g, "'").replace(/\d+/g, '0');
  if (lower === '"' || lower === '“' || lower === '”') return '"';
  if (lower === '…') return '...';
  if (/^[!?]+$/.test(lower)) return lower.length > 1 ? lower.slice(0, 2) : lower;
  return lower;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: normalizeToken(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Every feature of `text`, by occurrence. Words, word pairs (within a sentence), shape and sentiment. */
export function toneFeatures(text: string): FeatureHit[] {
  const hits: FeatureHit[] = [];
  const toks = tokens(text);
  const sentences = sentenceRanges(text);
  // Which sentence each token is in, so that word pairs stay within one.
  let sentence = 0;
  const sentenceOfToken = toks.map((t) => {
    while (sentence < sentences.length - 1 && sentences[sentence]!.end <= t.start) sentence++;
    return sentence;
  });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    hits.push({ name: `w:${t.text}`, start: t.start, end: t.end, value: 1 });
    const stem = stemOf(t.text);
    if (stem !== t.text) hits.push({ name: `s:${stem}`, start: t.start, end: t.end, value: 1 });
    const next = toks[i + 1];
    if (next && sentenceOfToken[i + 1] === sentenceOfToken[i]) {
      hits.push({ name: `b:${t.text} ${next.text}`, start: t.start, end: next.end, value: 1 });
    }
  }
  for (const [name, entries] of Object.entries(LEXICONS)) {
    for (const m of lexiconMatches(text, entries)) hits.push({ name: `l:${name}`, start: m.index, end: m.index + m[0].length, value: 1 });
  }
  for (const [name, pattern] of Object.entries(PATTERNS)) {
    for (const m of text.matchAll(pattern)) hits.push({ name: `l:${name}`, start: m.index, end: m.index + m[0].length, value: 1 });
  }
  if (/^\s*(?:@|replying to @)/i.test(text)) hits.push({ name: 'm:reply', start: 0, end: 0, value: 1 });
  if (/\b[A-Z]{4,}\s+[A-Z]{2,}\b/.test(text)) hits.push({ name: 'm:shouting', start: 0, end: 0, value: 1 });
  // Praise next to a complaint, in one sentence or in two that follow each other: the shape of irony.
  let previousTone = 0;
  for (const sentence of sentences) {
    const words = text.slice(sentence.start, sentence.end);
    const tone = vader.SentimentIntensityAnalyzer.polarity_scores(words);
    const complains = tone.neg >= 0.1 || COMPLAINT_TEST.test(words);
    if (tone.pos >= 0.2 && complains) hits.push({ name: 'm:praise-amid-complaint', start: sentence.start, end: sentence.end, value: 1 });
    const now = tone.compound >= 0.3 ? 1 : tone.compound <= -0.3 || complains ? -1 : 0;
    if (now !== 0 && previousTone === -now) hits.push({ name: 'm:tone-turn', start: sentence.start, end: sentence.end, value: 1 });
    if (now !== 0) previousTone = now;
  }
  const sentiment = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  hits.push({ name: 'm:positive', start: 0, end: 0, value: sentiment.pos });
  hits.push({ name: 'm:negative', start: 0, end: 0, value: sentiment.neg });
  if (sentiment.pos >= 0.15 && sentiment.neg >= 0.1) hits.push({ name: 'm:mixed', start: 0, end: 0, value: 1 });
  return hits;
}

/** Words too common to explain anything, however the model weighs them. */
const FUNCTION_WORDS = new Set(
  'a an the and or but so to of in on at for with from by as is are was were be been it its this that these those i me my we our you your he she they them his her their who what which when where why how there here just not no do did does don\'t didn\'t has have had will would can could if then than also very really too about all any some one up out over into 0'.split(' '),
);

function onlyFunctionWords(words: string): boolean {
  return words
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’\p{Extended_Pictographic}]+/u)
    .every((word) => word === '' || FUNCTION_WORDS.has(word) || /^\d+$/.test(word));
}

/** A crude stem (plural, past, -ing, -ly), so that "clowns" and "clown", "amazing" and "amazed" share a feature. */
function stemOf(word: string): string {
  if (word.length < 5 || !/^[a-z']+$/.test(word)) return word;
  return word.replace(/(?:'s|ingly|ing|edly|ed|ly|es|s)$/, '');
}

const COMPLAINT_TEST = new RegExp(PATTERNS.complaint!.source, 'i');

/** The distinct features of a draft and their values (a feature seen twice counts once). */
export function featureVector(hits: readonly FeatureHit[]): Map<string, number> {
  const vector = new Map<string, number>();
  for (const hit of hits) vector.set(hit.name, Math.max(vector.get(hit.name) ?? 0, hit.value));
  return vector;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export interface ToneJudgement {
  probability: number;
  /** The words that pushed the score up most, strongest first, with their spans in the draft. */
  strongest: FeatureHit[];
}

let lastFeatures: { text: string; hits: FeatureHit[]; vector: Map<string, number> } | undefined;

/** Forgets the last draft's features (for benchmarks that measure a cold check). */
export function forgetToneFeatures(): void {
  lastFeatures = undefined;
}

/** The model's judgement of `text` for `category`, or undefined when the model does not call it. */
export function judgeTone(model: ToneModelData, category: string, text: string): ToneJudgement | undefined {
  const weights = model.categories[category];
  if (!weights) return undefined;
  // Several categories are judged on the same draft in a row: its features are found once.
  if (lastFeatures?.text !== text) {
    const hits = toneFeatures(text);
    lastFeatures = { text, hits, vector: featureVector(hits) };
  }
  const { hits, vector } = lastFeatures;
  let z = weights.bias;
  for (const [name, value] of vector) z += (weights.weights[name] ?? 0) * value;
  const probability = sigmoid(z);
  if (probability < weights.threshold) return undefined;
  const seen = new Set<string>();
  const strongest = hits
    .filter((hit) => hit.end > hit.start && (weights.weights[hit.name] ?? 0) > 0 && !hit.name.startsWith('m:') && !onlyFunctionWords(text.slice(hit.start, hit.end)))
    .sort((a, b) => weights.weights[b.name]! - weights.weights[a.name]! || a.start - b.start)
    .filter((hit) => !seen.has(hit.name) && seen.add(hit.name));
  return { probability, strongest };
}

/** The trained model shipped with the engine. */
export const TONE_MODEL: ToneModelData = trainedModel;

/**
 * A finding for `category` when the shipped model calls the draft and the rules did not: anchored on
 * the words that weigh most, and naming them, so that the user sees why.
 */
export function toneModelMatch(category: Category, text: string, context: Readonly<AnalysisContext>, reading: string): RuleMatch | undefined {
  if (context.toneModel === false) return undefined;
  const judgement = judgeTone(TONE_MODEL, category, text);
  if (!judgement) return undefined;
  const cues: FeatureHit[] = [];
  for (const hit of judgement.strongest) {
    if (cues.length === 3) break;
    if (!cues.some((c) => hit.start < c.end && c.start < hit.end)) cues.push(hit);
  }
  const anchor = cues[0];
  if (!anchor) return undefined;
  const words = cues.map((c) => `"${text.slice(c.start, c.end).replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')}"`);
  const named = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0];
  return { start: anchor.start, end: anchor.end, message: `This draft reads as ${reading}, mostly because of ${named}.`, learned: true };
}
