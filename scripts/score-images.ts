/**
 * Scores the image checks on a folder made by make-image-probes.ts (or any folder with an
 * expected.json of {file: [categories]} or {file: "error"}):
 *   npx tsx scripts/score-images.ts DIR
 * A file passes when every expected category is found, a clean file gets no phi.* finding, and a
 * broken file gets an error rather than findings. Exit code 1 when some file fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkImageFiles } from './jsonl';
import { nodeFaces } from './faces-node';
import { nodeOcr, stopOcr } from './ocr-node';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/score-images.ts DIR');
  process.exit(2);
}
console.log = console.info = console.warn = (...args: unknown[]) => console.error(...args);
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, string[] | 'error'>;
let failed = 0;
let wanted = 0;
let found = 0;
let cleanFlagged = 0;
let clean = 0;
for (const [file, want] of Object.entries(expected)) {
  const started = performance.now();
  const { findings, errors } = await checkImageFiles([path.join(dir, file)], { ocr: nodeOcr, faces: nodeFaces });
  const ms = Math.round(performance.now() - started);
  const categories = [...new Set(findings.map((f) => f.category).filter((c) => c.startsWith('phi.')))].sort();
  let ok: boolean;
  if (want === 'error') ok = !!errors?.length && categories.length === 0;
  else {
    const missing = want.filter((c) => !(categories as string[]).includes(c));
    wanted += want.length;
    found += want.length - missing.length;
    if (want.length === 0) {
      clean++;
      if (categories.length) cleanFlagged++;
    }
    ok = missing.length === 0 && (want.length > 0 || categories.length === 0) && !errors?.length;
  }
  if (!ok) failed++;
  process.stdout.write(`${ok ? 'pass' : 'FAIL'}  ${file.padEnd(26)} ${String(ms).padStart(5)} ms  found [${categories.join(' ')}]${want === 'error' ? `  error: ${errors?.[0]?.message ?? 'none'}` : `  expected [${want.join(' ')}]`}\n`);
}
await stopOcr();
process.stdout.write(`\n${Object.keys(expected).length - failed}/${Object.keys(expected).length} files pass; expected categories found ${found}/${wanted}; clean files with a phi finding ${cleanFlagged}/${clean}\n`);
process.exitCode = failed ? 1 : 0;
