/** OCR for the command line: tesseract.js in a worker thread, with the English data shipped in node_modules. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, type Worker } from 'tesseract.js';
import type { Ocr } from '../lib/images';
import { ocrGray } from '../lib/images/contrast';
import { decodeRgba, encodePng } from './decode-node';
import { wordsFromTesseract } from '../lib/images/tesseract-words';

const require = createRequire(import.meta.url);
const LANG_PATH = path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');

let worker: Promise<Worker> | undefined;
/** A file that takes longer than this to read is reported as not checked. */
const OCR_TIMEOUT_MS = 60_000;

/** Reads the words in an image; the worker starts on first use and is shared. */
export const nodeOcr: Ocr = async (bytes) => {
  worker ??= createWorker('eng', 1, { langPath: LANG_PATH, cacheMethod: 'none', gzip: true, logger: () => {}, errorHandler: () => {} });
  // As in the extension: coloured overlay text kept (PNG and JPEG; tesseract reads the other formats itself).
  const image = decodeRgba(bytes);
  if (image) ocrGray(image.data);
  const recognizing = (await worker).recognize(Buffer.from(image ? encodePng(image) : bytes), {}, { blocks: true });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('OCR took too long')), OCR_TIMEOUT_MS);
  });
  try {
    const { data } = await Promise.race([recognizing, timeout]);
    return wordsFromTesseract(data);
  } catch (error) {
    // A worker that hung or failed is not trusted with the next file.
    await stopOcr();
    throw error;
  } finally {
    clearTimeout(timer);
  }
};

export async function stopOcr(): Promise<void> {
  if (!worker) return;
  const started = worker;
  worker = undefined;
  await (await started).terminate();
}
