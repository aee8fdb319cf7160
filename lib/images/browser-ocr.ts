import { withTimeout } from '../timeout';
import { createWorker, type Worker } from 'tesseract.js';
import { grayPgm, ocrGray } from './contrast';
import { wordsFromTesseract } from './tesseract-words';
import type { Ocr, OcrWord } from './types';

/** A worker unused this long is stopped: its wasm and data take memory only while images are being checked. */
const IDLE_MS = 60_000;
/** Larger images are read at this many pixels on their longer side: a 50-megapixel photo gets a clear answer in seconds. */
const MAX_SIDE = 2048;
/** An image that takes longer than this to read is reported as not checked, never left spinning. */
const OCR_TIMEOUT_MS = 30_000;

/**
 * The image as OCR gets it: decoded by the browser (first frame of an animation), scaled down when
 * huge, coloured text kept (`ocrGray`), as a grey PGM file, and how to map the words' boxes back to
 * the original's pixels.
 */
async function prepare(bytes: Uint8Array): Promise<{ image: Blob; scale: number }> {
  const blob = new Blob([bytes as BlobPart]);
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas === 'undefined') return { image: blob, scale: 1 };
  // Always drawn by the browser, turned as its EXIF orientation says: the boxes then match what the
  // thumbnail and the cleaned copy show (tesseract alone would read some rotated photos sideways).
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  try {
    const longest = Math.max(bitmap.width, bitmap.height);
    const scale = Math.min(1, MAX_SIDE / longest);
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    // Laid on white, as a site shows a transparent picture: the grey levels then judge what OCR reads.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    ocrGray(pixels.data);
    return { image: new Blob([grayPgm(pixels.data, pixels.width, pixels.height) as BlobPart]), scale };
  } finally {
    bitmap.close();
  }
}

/**
 * OCR in an extension page (Chrome's offscreen document, Firefox's background page): tesseract.js
 * in a dedicated worker, with its worker script, core and English data loaded from the extension's
 * own files (`assetUrl`), never from a CDN.
 */
export function browserOcr(assetUrl: (path: string) => string): Ocr & { stop(): Promise<void> } {
  let worker: Promise<Worker> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stop = async (): Promise<void> => {
    const started = worker;
    worker = undefined;
    if (started) await (await started).terminate().catch(() => undefined);
  };
  let running = 0;
  const ocr = async (bytes: Uint8Array): Promise<OcrWord[]> => {
    clearTimeout(idle);
    running++;
    worker ??= createWorker('eng', 1, {
      workerPath: assetUrl('ocr/worker.min.js'),
      corePath: assetUrl('ocr/tesseract-core-simd-lstm.wasm.js'),
      langPath: assetUrl('ocr'),
      workerBlobURL: false,
      cacheMethod: 'none',
      gzip: true,
      logger: () => {},
      errorHandler: () => {},
    });
    // A picture the browser cannot decode is this file's problem, not the worker's.
    const { image, scale } = await prepare(bytes).finally(() => running--);
    running++;
    try {
      const { data } = await withTimeout((await worker).recognize(image, {}, { blocks: true }), OCR_TIMEOUT_MS, 'OCR took too long');
      const words = wordsFromTesseract(data);
      if (scale === 1) return words;
      return words.map((w) => ({ ...w, box: { x: w.box.x / scale, y: w.box.y / scale, width: w.box.width / scale, height: w.box.height / scale } }));
    } catch (error) {
      // A worker that failed once is not trusted with the next image.
      await stop();
      throw error;
    } finally {
      running--;
      clearTimeout(idle);
      if (running === 0) idle = setTimeout(() => void stop(), IDLE_MS);
    }
  };
  return Object.assign(ocr, { stop });
}
