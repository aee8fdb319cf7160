import { createWorker, type Worker } from 'tesseract.js';
import { wordsFromTesseract } from './tesseract-words';
import type { Ocr, OcrWord } from './types';

/** A worker unused this long is stopped: its wasm and data take memory only while images are being checked. */
const IDLE_MS = 60_000;

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
  const ocr = async (bytes: Uint8Array): Promise<OcrWord[]> => {
    clearTimeout(idle);
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
    try {
      const blob = new Blob([bytes as BlobPart]);
      const { data } = await (await worker).recognize(blob, {}, { blocks: true });
      return wordsFromTesseract(data);
    } catch (error) {
      // A worker that failed once is not trusted with the next image.
      await stop();
      throw error;
    } finally {
      idle = setTimeout(() => void stop(), IDLE_MS);
    }
  };
  return Object.assign(ocr, { stop });
}
