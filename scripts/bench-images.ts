/**
 * Speed of the image checks (`npm run bench -- --images [DIR]`, DIR defaults to the generated
 * fixtures): OCR and face detection of the 1024×1024 screenshots with warm workers, face detection
 * alone on the photos, the metadata and DICOM header checks, and the first image after a cold start
 * (a fresh process: workers, wasm, English data and face models loaded).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkImage } from '../lib/images';
import { nodeFaces } from './faces-node';
import { nodeOcr, stopOcr } from './ocr-node';

const dir = path.resolve(process.argv.find((a, i) => i > 1 && a !== '--images') ?? 'tests/fixtures/images');
const files = readdirSync(dir);
const read = (file: string) => new Uint8Array(readFileSync(path.join(dir, file)));
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log = console.info = console.warn = (...args: unknown[]) => process.stderr.write(`${args.join(' ')}\n`);
const say = (line: string) => process.stdout.write(`${line}\n`);

say(`Safe Harbor image checks (node ${process.version}), files from ${dir}\n`);

const screenshots = files.filter((f) => /^overlay-.*\.png$/.test(f) || /^teaching-.*\.png$/.test(f));
const readers = { ocr: nodeOcr, faces: nodeFaces };
await checkImage(read(screenshots[0]!), readers); // the workers start and load their data
const ocrTimes: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const file of screenshots) {
    const bytes = read(file);
    const start = performance.now();
    await checkImage(bytes, readers);
    ocrTimes.push(performance.now() - start);
  }
}
await stopOcr();
const ocrP50 = pct(ocrTimes, 0.5);
say(`  OCR and faces, 1024×1024 screenshot, warm workers: p50 ${ms(ocrP50)}  p95 ${ms(pct(ocrTimes, 0.95))}  (${ocrTimes.length} checks; target p50 ≤ 3000 ms) ${ocrP50 <= 3000 ? 'PASS' : 'FAIL'}`);

const photos = files.filter((f) => /^photo-.*\.jpg$/.test(f));
const faceTimes: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const file of photos) {
    const bytes = read(file);
    const start = performance.now();
    await nodeFaces(bytes);
    faceTimes.push(performance.now() - start);
  }
}
say(`  faces alone, photos up to 800 px, warm detector: p50 ${ms(pct(faceTimes, 0.5))}  p95 ${ms(pct(faceTimes, 0.95))}  (${faceTimes.length} checks)`);

const headerFiles = files.filter((f) => /\.(?:jpg|dcm)$/.test(f));
const headerTimes: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const file of headerFiles) {
    const bytes = read(file);
    const start = performance.now();
    await checkImage(bytes);
    headerTimes.push(performance.now() - start);
  }
}
const headerP95 = pct(headerTimes, 0.95);
say(`  metadata and DICOM header, no OCR: p50 ${ms(pct(headerTimes, 0.5))}  p95 ${ms(headerP95)}  (${headerTimes.length} checks; target ≤ 50 ms) ${headerP95 <= 50 ? 'PASS' : 'FAIL'}`);

const cold: number[] = [];
const probe = path.join(dir, screenshots.find((f) => f.startsWith('overlay-')) ?? screenshots[0]!);
for (let round = 0; round < 3; round++) {
  const output = execFileSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/check.ts'), '--image', probe, '--json'], { encoding: 'utf8', env: { ...process.env, SAFE_HARBOR_TIME: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  cold.push(Number(/"elapsedMs":\s*([\d.]+)/.exec(output)?.[1] ?? NaN));
}
const coldMedian = pct(cold, 0.5);
say(`  first image after a cold start (fresh process, worker and data loaded; median of 3): ${ms(coldMedian)} (target ≤ 6000 ms) ${coldMedian <= 6000 ? 'PASS' : 'FAIL'}`);
