/**
 * Speed of analyze() on drafts built from the corpus, next to compromise's own parse of the same
 * texts in the same run, plus a 100,000-character text and its re-check after a one-word edit.
 *   npm run bench [-- path/to/corpus.jsonl]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { analyze, clearAnalysisCache } from '../lib/analysis';

const path = resolve(process.argv[2] ?? '../shared/corpus/dev.jsonl');
const drafts: string[] = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line).text as string);

/** Drafts of about `size` characters: corpus drafts joined until long enough, each starting at a different draft. */
function textsOfSize(size: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    let text = drafts[i % drafts.length]!;
    for (let j = i + 1; text.length < size; j++) text += ' ' + drafts[j % drafts.length]!;
    return text.slice(0, size);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function measure(texts: string[], fn: (text: string) => void, rounds: number): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) for (const text of texts) samples.push(time(() => fn(text)));
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

const ms = (n: number): string => `${n.toFixed(2)} ms`;
const coldAnalyze = (text: string): void => {
  clearAnalysisCache();
  analyze(text);
};

console.log(`Safe Harbor benchmark (node ${process.version}), drafts from ${path}\n`);
for (const [size, target] of [
  [280, 3],
  [2200, 25],
] as const) {
  const texts = textsOfSize(size, 60);
  for (const text of texts) coldAnalyze(text), nlp(text); // warm up the JIT
  const ours = measure(texts, coldAnalyze, 5);
  const parse = measure(texts, (text) => nlp(text), 5);
  console.log(`${String(size).padStart(5)} chars  analyze p50 ${ms(ours.p50)}  p95 ${ms(ours.p95)} (target ≤ ${target} ms)`);
  console.log(`             nlp()   p50 ${ms(parse.p50)}  p95 ${ms(parse.p95)}   ratio p50 ${(ours.p50 / parse.p50).toFixed(2)}×  p95 ${(ours.p95 / parse.p95).toFixed(2)}× (target ≤ 2×)`);
}

let long = '';
for (let i = 0; long.length < 100_000; i++) long += `${drafts[i % drafts.length]} (${i})\n\n`;
clearAnalysisCache();
const full = time(() => analyze(long));
const middle = long.indexOf('\n\n', long.length / 2) + 2;
const edited = `${long.slice(0, middle)}Edited ${long.slice(middle)}`;
const reanalyze = time(() => analyze(edited));
const paragraph = edited.slice(middle, edited.indexOf('\n\n', middle));
const paragraphParse = time(() => nlp(paragraph));
console.log(`\n${long.length} chars  first check ${ms(full)}; after a one-word edit ${ms(reanalyze)} (one paragraph's nlp() ${ms(paragraphParse)})`);

console.log('\nAdversarial 100,000-character drafts (first check, no cache):');
const adversarial: Record<string, string> = {
  'spaced digits "1 1 1 …"': '1 '.repeat(50_000),
  'honorifics "Mr. Mr. …"': 'Mr. '.repeat(25_000),
  'pronouns "he he …"': 'he '.repeat(33_334),
  'emoji ZWJ sequences': '👩🏽‍⚕️'.repeat(14_000),
  'zero-width characters': '\u200B'.repeat(100_000),
};
for (const [name, text] of Object.entries(adversarial)) {
  clearAnalysisCache();
  console.log(`  ${name.padEnd(26)} ${ms(time(() => analyze(text)))}`);
}
