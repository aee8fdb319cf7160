import { withTimeout } from '../timeout';
import type { FaceDetector, FaceReading } from './types';

/** What the extension page asks the face worker, and what it answers. */
export interface FaceRequest {
  id: number;
  bytes: ArrayBuffer;
}
export type FaceAnswer = { id: number; reading: FaceReading } | { id: number; error: string };

/** The worker's own answer that it could not read this image: the file's problem, not the worker's. */
class ImageNotRead extends Error {}

/** A worker unused this long is stopped: its models take memory only while images are being checked. */
const IDLE_MS = 60_000;
/** An image that takes longer than this is reported as not checked, never left spinning. */
const FACES_TIMEOUT_MS = 30_000;
/** The first image of a fresh worker also waits for the models and the wasm to load. */
const COLD_FACES_TIMEOUT_MS = 60_000;

/**
 * The face detector in an extension page (Chrome's offscreen document, Firefox's background page):
 * Human in a dedicated worker (`workerUrl`, the extension's own face-worker.js), started on the first
 * image and stopped when idle, or when it failed or hung, so that the next image gets a fresh one.
 */
export function browserFaces(workerUrl: string): FaceDetector & { stop(): void } {
  let worker: Worker | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (reading: FaceReading) => void; reject: (error: Error) => void }>();

  let warm = false;
  const stop = (): void => {
    worker?.terminate();
    worker = undefined;
    warm = false;
    for (const { reject } of waiting.values()) reject(new Error('The face detector stopped.'));
    waiting.clear();
  };

  const started = (): Worker => {
    if (worker) return worker;
    const fresh = new Worker(workerUrl);
    fresh.onmessage = ({ data }: MessageEvent<FaceAnswer>) => {
      const pending = waiting.get(data.id);
      if (!pending) return;
      waiting.delete(data.id);
      if ('error' in data) pending.reject(new ImageNotRead(data.error));
      else pending.resolve(data.reading);
    };
    fresh.onerror = (event) => {
      event.preventDefault();
      if (worker === fresh) stop();
    };
    worker = fresh;
    return fresh;
  };

  const faces = async (bytes: Uint8Array): Promise<FaceReading> => {
    clearTimeout(idle);
    const id = nextId++;
    const copy = bytes.slice().buffer;
    const answer = new Promise<FaceReading>((resolve, reject) => waiting.set(id, { resolve, reject }));
    started().postMessage({ id, bytes: copy } satisfies FaceRequest, [copy]);
    try {
      const reading = await withTimeout(answer, warm ? FACES_TIMEOUT_MS : COLD_FACES_TIMEOUT_MS, 'Looking for faces took too long');
      warm = true;
      return reading;
    } catch (error) {
      // A worker that hung or failed is not trusted with the next image.
      if (!(error instanceof ImageNotRead)) stop();
      throw error;
    } finally {
      waiting.delete(id);
      clearTimeout(idle);
      if (waiting.size === 0) idle = setTimeout(stop, IDLE_MS);
    }
  };
  return Object.assign(faces, { stop });
}
