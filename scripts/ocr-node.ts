/** OCR for the command line: tesseract.js in a worker thread, with the English data shipped in node_modules. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, type Worker } from 'tesseract.js';
import type { Ocr } from '../lib/images';
import { wordsFromTesseract } from '../lib/images/tesseract-words';

const require = createRequire(import.meta.url);
const LANG_PATH = path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');

let worker: Promise<Worker> | undefined;

/** Reads the words in an image; the worker starts on first use and is shared. */
export const nodeOcr: Ocr = async (bytes) => {
  worker ??= createWorker('eng', 1, { langPath: LANG_PATH, cacheMethod: 'none', gzip: true, logger: () => {}, errorHandler: () => {} });
  const { data } = await (await worker).recognize(Buffer.from(bytes), {}, { blocks: true });
  return wordsFromTesseract(data);
};

export async function stopOcr(): Promise<void> {
  if (!worker) return;
  const started = worker;
  worker = undefined;
  await (await started).terminate();
}
