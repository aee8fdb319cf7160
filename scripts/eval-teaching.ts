/**
 * Measures the teaching-post signal (lib/analysis/teaching.ts) on JSONL files.
 *
 *   npx tsx scripts/eval-teaching.ts FILE… [--own-hashtag TAG] [--errors]
 *
 * Lines labelled with "kind" ("unknown", "answer" or "none", and "caseNumber") are scored: how many
 * teaching posts were recognised, of the right kind and number, and how many others were called
 * teaching. Unlabelled lines (the corpus) count as "none" unless their text is listed with
 * --errors for a person to judge: every draft called a teaching post is printed.
 */
import { readFileSync } from 'node:fs';
import { teachingSignal } from '../lib/analysis/teaching';

interface Line {
  id: string | number;
  text: string;
  kind?: 'unknown' | 'answer' | 'none';
  caseNumber?: number | null;
}

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const tagAt = args.indexOf('--own-hashtag');
const ownHashtag = tagAt >= 0 ? args[tagAt + 1] : undefined;
const files = args.filter((arg, i) => !arg.startsWith('--') && (tagAt < 0 || i !== tagAt + 1));
if (files.length === 0) {
  console.error('usage: tsx scripts/eval-teaching.ts FILE… [--own-hashtag TAG] [--errors]');
  process.exit(2);
}

for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
  const labelled = lines.some((line) => line.kind !== undefined);
  let teaching = 0;
  let found = 0;
  let rightKind = 0;
  let numbered = 0;
  let rightNumber = 0;
  let others = 0;
  let othersCalled = 0;
  const errors: string[] = [];
  for (const line of lines) {
    const signal = teachingSignal(line.text, { ownHashtag });
    const kind = line.kind ?? 'none';
    if (kind === 'none') {
      others++;
      if (signal) {
        othersCalled++;
        errors.push(`${labelled ? 'called teaching' : 'recognised'} (${signal.kind}${signal.caseNumber ? ` #${signal.caseNumber}` : ''}) ${line.id}: ${line.text}`);
      }
      continue;
    }
    teaching++;
    if (signal) found++;
    if (signal?.kind === kind) rightKind++;
    else errors.push(`${signal ? `as ${signal.kind}` : 'missed'} (${kind}) ${line.id}: ${line.text}`);
    if (line.caseNumber) {
      numbered++;
      if (signal?.caseNumber === line.caseNumber) rightNumber++;
      else if (signal) errors.push(`number ${signal.caseNumber ?? 'none'} not ${line.caseNumber} ${line.id}: ${line.text}`);
    }
  }
  const parts = [`${file}: ${lines.length} drafts`];
  if (teaching) parts.push(`teaching posts recognised ${found}/${teaching}, right kind ${rightKind}/${teaching}, right number ${rightNumber}/${numbered}`);
  parts.push(`${labelled ? 'others called teaching' : 'called teaching'} ${othersCalled}/${others}`);
  console.log(parts.join('; '));
  if (showErrors) for (const error of errors) console.log(`  ${error}`);
}
