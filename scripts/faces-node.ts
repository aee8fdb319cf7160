/**
 * Face detection for the command line: Human's node build on tfjs's WebAssembly backend, with the
 * BlazeFace model shipped in Human's npm package. Images are decoded with pngjs and jpeg-js.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { humanConfig, readFaces, shrinkRgba, type HumanLike, type Rgba } from '../lib/images/human-faces';
import type { FaceDetector } from '../lib/images/types';
import { decodeRgba } from './decode-node';

const require = createRequire(import.meta.url);
// Human's package "exports" names its files without "./", so they are reached by path.
const HUMAN_DIR = path.resolve(path.dirname(require.resolve('@vladmandic/human')), '..');
const WASM_DIR = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), path.sep);

let human: Promise<HumanLike> | undefined;

async function startHuman(): Promise<HumanLike> {
  const { Human } = require(path.join(HUMAN_DIR, 'dist/human.node-wasm.js')) as { Human: new (config: unknown) => HumanLike };
  const instance = new Human(humanConfig(`${pathToFileURL(path.join(HUMAN_DIR, 'models')).href}/`, 'wasm', WASM_DIR));
  // Human fetches its model; node's fetch has no file: URLs, so the model's two files are read here.
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
    if (!href.startsWith('file:')) throw new Error(`Safe Harbor's face detector asked for ${href}; only its own files are read.`);
    return new Response(await readFile(new URL(href)));
  }) as typeof fetch;
  try {
    await instance.load();
  } finally {
    globalThis.fetch = realFetch;
  }
  return instance;
}

/** PNG or JPEG pixels; other formats are refused (in the extension, the browser decodes every format). */
function decode(bytes: Uint8Array): Rgba {
  const image = decodeRgba(bytes);
  if (!image) throw new Error('faces are looked for in PNG and JPEG files only on the command line');
  return image;
}

/** The faces in an image, in its own pixels; the detector loads on first use and is shared. */
export const nodeFaces: FaceDetector = async (bytes) => {
  const { image, scale } = shrinkRgba(decode(bytes));
  human ??= startHuman();
  try {
    return await readFaces(await human, image, scale);
  } catch (error) {
    human = undefined;
    throw error;
  }
};
