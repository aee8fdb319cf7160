/**
 * Scores the engine on a labelled corpus of drafts (default ../shared/corpus/dev.jsonl) through the
 * same path as `npm run check -- --jsonl`, then on the public PHI sets when they are there
 * (../shared/phi-eval, or --phi-eval DIR).
 *   npm run eval [-- path/to/corpus.jsonl] [--phi-eval DIR] [--errors]
 *
 * --errors prints, after the scorecard, every draft the engine got wrong: categories missed and
 * flagged wrongly, `phi.*` spans missed, and `phi.*` findings that match no labelled span, each
 * with the words and the draft, so that errors can be worked on by class.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORY_IDS, type Category } from '../lib/analysis';
import { PRESIDIO_TARGETS, scorePresidio, scoreReddit } from './eval-phi-sets';
import { checkRecord, type CheckedRecord } from './jsonl';

interface LabelledDraft {
  id: string;
  platform: string;
  text: string;
  expect: Category[];
  spans?: Array<{ start: number; end: number; type: Category }>;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'phi-eval': { type: 'string', default: '../shared/phi-eval' }, errors: { type: 'boolean', default: false } },
});
const path = resolve(positionals[0] ?? '../shared/corpus/dev.jsonl');
const phiEvalDir = resolve(options['phi-eval']!);
const drafts: LabelledDraft[] = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

const results = new Map<string, CheckedRecord>(drafts.map((d) => [d.id, checkRecord(d)]));
const counts = new Map<Category, Counts>(CATEGORY_IDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
const spanTotals = { found: 0, exact: 0, total: 0 };
const spanByCategory = new Map<Category, { found: number; total: number }>();
let cleanDrafts = 0;
let cleanFlagged = 0;
let cleanFlaggedPhi = 0;

for (const draft of drafts) {
  const findings = results.get(draft.id)!.findings;
  const predicted = new Set(findings.map((f) => f.category));
  const expected = new Set(draft.expect);
  for (const category of CATEGORY_IDS) {
    const c = counts.get(category)!;
    if (expected.has(category) && predicted.has(category)) c.tp++;
    else if (predicted.has(category)) c.fp++;
    else if (expected.has(category)) c.fn++;
  }
  if (expected.size === 0) {
    cleanDrafts++;
    if (findings.length) cleanFlagged++;
    if (findings.some((f) => f.category.startsWith('phi.'))) cleanFlaggedPhi++;
  }
  for (const span of draft.spans ?? []) {
    const same = findings.filter((f) => f.category === span.type);
    const found = same.some((f) => f.start < span.end && f.end > span.start);
    const perCategory = spanByCategory.get(span.type) ?? { found: 0, total: 0 };
    perCategory.total++;
    spanTotals.total++;
    if (found) {
      perCategory.found++;
      spanTotals.found++;
    }
    if (same.some((f) => f.start === span.start && f.end === span.end)) spanTotals.exact++;
    spanByCategory.set(span.type, perCategory);
  }
}

const ratio = (n: number, d: number): number | undefined => (d === 0 ? undefined : n / d);
const fmt = (v: number | undefined): string => (v === undefined ? '   –' : v.toFixed(2).padStart(4));
const f1 = (p?: number, r?: number): number | undefined => (p === undefined || r === undefined || p + r === 0 ? undefined : (2 * p * r) / (p + r));

function micro(prefix: string): { p?: number; r?: number; f?: number; macroF?: number } {
  const sum = { tp: 0, fp: 0, fn: 0 };
  const f1s: number[] = [];
  for (const [category, c] of counts) {
    if (!category.startsWith(prefix)) continue;
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
    const f = f1(ratio(c.tp, c.tp + c.fp) ?? 0, ratio(c.tp, c.tp + c.fn));
    if (c.tp + c.fn > 0) f1s.push(f ?? 0);
  }
  const p = ratio(sum.tp, sum.tp + sum.fp);
  const r = ratio(sum.tp, sum.tp + sum.fn);
  return { p, r, f: f1(p, r), macroF: ratio(f1s.reduce((a, b) => a + b, 0), f1s.length) };
}

const rows = CATEGORY_IDS.map((category) => {
  const c = counts.get(category)!;
  const spans = spanByCategory.get(category);
  return [
    category.padEnd(24),
    String(c.tp + c.fn).padStart(5),
    String(c.tp).padStart(4),
    String(c.fp).padStart(4),
    String(c.fn).padStart(4),
    fmt(ratio(c.tp, c.tp + c.fp)).padStart(6),
    fmt(ratio(c.tp, c.tp + c.fn)).padStart(6),
    fmt(f1(ratio(c.tp, c.tp + c.fp), ratio(c.tp, c.tp + c.fn))).padStart(6),
    spans ? `${spans.found}/${spans.total}`.padStart(8) : '       –',
  ].join('');
});

const phi = micro('phi.');
const prof = micro('prof.');
const spanRecall = ratio(spanTotals.found, spanTotals.total);
const cleanShare = ratio(cleanFlagged, cleanDrafts) ?? 0;

console.log(`Safe Harbor evaluation: ${drafts.length} drafts from ${path}\n`);
console.log(`${'category'.padEnd(24)}${'gold'.padStart(5)}${'tp'.padStart(4)}${'fp'.padStart(4)}${'fn'.padStart(4)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'spans'.padStart(8)}`);
console.log(rows.join('\n'));
console.log('');
console.log(`phi.*  micro P ${fmt(phi.p)}  R ${fmt(phi.r)}  F1 ${fmt(phi.f)}  (macro F1 ${fmt(phi.macroF)})`);
console.log(`prof.* micro P ${fmt(prof.p)}  R ${fmt(prof.r)}  F1 ${fmt(prof.f)}  (macro F1 ${fmt(prof.macroF)})`);
console.log(`phi.* spans found ${spanTotals.found}/${spanTotals.total} (recall ${fmt(spanRecall)}; exact offsets ${spanTotals.exact})`);
console.log(`clean drafts with any finding: ${cleanFlagged}/${cleanDrafts} (${(cleanShare * 100).toFixed(1)}%)`);
console.log(`clean drafts with a phi.* finding: ${cleanFlaggedPhi}/${cleanDrafts} (${((ratio(cleanFlaggedPhi, cleanDrafts) ?? 0) * 100).toFixed(1)}%)`);
if (options.errors) printErrors();

/** Every draft with a wrong answer: what was missed, what was flagged that should not be, and where. */
function printErrors(): void {
  const quote = (text: string, start: number, end: number): string => JSON.stringify(text.slice(start, end));
  let shown = 0;
  for (const draft of drafts) {
    const findings = results.get(draft.id)!.findings;
    const expected = new Set(draft.expect);
    const predicted = new Set(findings.map((f) => f.category));
    const lines: string[] = [];
    for (const category of expected) {
      if (predicted.has(category)) continue;
      const words = (draft.spans ?? []).filter((s) => s.type === category).map((s) => quote(draft.text, s.start, s.end));
      lines.push(`  missed    ${category.padEnd(24)}${words.join(' ')}`.trimEnd());
    }
    for (const category of predicted) {
      if (expected.has(category)) continue;
      const words = findings.filter((f) => f.category === category).map((f) => quote(draft.text, f.start, f.end));
      lines.push(`  spurious  ${category.padEnd(24)}${words.join(' ')}`);
    }
    const spans = draft.spans ?? [];
    for (const span of spans) {
      const found = findings.some((f) => f.category === span.type && f.start < span.end && f.end > span.start);
      if (!found && predicted.has(span.type)) lines.push(`  missed    ${span.type.padEnd(24)}${quote(draft.text, span.start, span.end)} (span)`);
    }
    const spanned = new Set(spans.map((s) => s.type));
    for (const f of findings) {
      if (!f.category.startsWith('phi.') || !expected.has(f.category) || !spanned.has(f.category)) continue;
      if (!spans.some((s) => s.type === f.category && s.start < f.end && s.end > f.start)) lines.push(`  spurious  ${f.category.padEnd(24)}${quote(draft.text, f.start, f.end)} (no such span)`);
    }
    if (lines.length === 0) continue;
    shown++;
    console.log(`\n${draft.id} [${draft.platform}] ${JSON.stringify(draft.text)}\n${lines.join('\n')}`);
  }
  console.log(`\n${shown} of ${drafts.length} drafts with errors.`);
}

const presidio = scorePresidio(join(phiEvalDir, 'presidio_synth_v2.eval.json'));
let presidioSummary = '';
if (presidio) {
  console.log(`\nPresidio synthetic set with --assume-patient (${join(phiEvalDir, 'presidio_synth_v2.eval.json')}): recall per source type`);
  for (const s of presidio) {
    const target = PRESIDIO_TARGETS.includes(s.type) ? ' (target ≥ 0.90)' : '';
    console.log(`  ${s.type.padEnd(18)} ${`${s.found}/${s.total}`.padStart(9)}  ${fmt(ratio(s.found, s.total))}${target}`);
  }
  const targets = presidio.filter((s) => PRESIDIO_TARGETS.includes(s.type));
  const lowest = targets.reduce((min, s) => Math.min(min, s.found / s.total), 1);
  presidioSummary = ` | presidio min target recall=${lowest.toFixed(2)}`;
}
const reddit = scoreReddit(join(phiEvalDir, 'hipa_ai_reddit.eval.json'));
let redditSummary = '';
if (reddit) {
  console.log(`\nReddit clinician posts: marked by either annotator for patient features or visit details, flagged by a phi.* finding`);
  console.log(`  marked   ${reddit.markedFlagged}/${reddit.marked} flagged (${fmt(ratio(reddit.markedFlagged, reddit.marked))})`);
  console.log(`  unmarked ${reddit.unmarkedFlagged}/${reddit.unmarked} flagged (${fmt(ratio(reddit.unmarkedFlagged, reddit.unmarked))})`);
  redditSummary = ` | reddit marked flagged=${fmt(ratio(reddit.markedFlagged, reddit.marked)).trim()}`;
}

console.log('');
console.log(
  `SUMMARY phi F1=${fmt(phi.f).trim()} P=${fmt(phi.p).trim()} R=${fmt(phi.r).trim()} | prof F1=${fmt(prof.f).trim()} P=${fmt(prof.p).trim()} R=${fmt(prof.r).trim()} | phi span recall=${fmt(spanRecall).trim()} | clean flagged=${(cleanShare * 100).toFixed(1)}% (phi ${((ratio(cleanFlaggedPhi, cleanDrafts) ?? 0) * 100).toFixed(1)}%)${presidioSummary}${redditSummary}`,
);
