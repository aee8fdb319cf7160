import { TURNS, unturnBox, type Turn } from './faces';
import type { DetectedFace, FaceReading } from './types';

/**
 * Face detection with Human (@vladmandic/human, MIT): Google's MediaPipe BlazeFace detector and
 * face mesh (Apache-2.0), both shipped in Human's npm package. The same code runs in the
 * extension's face worker and in node for the command line; each passes its own build of Human.
 */

/** Decoded pixels, four bytes per pixel (RGBA), rows top to bottom. */
export interface Rgba {
  data: ArrayLike<number>;
  width: number;
  height: number;
}

type Tensor = { dispose(): void };
/** The part of Human, and of the tfjs it carries, that face detection uses. */
export interface HumanLike {
  tf: {
    tensor4d(values: Int32Array, shape: [number, number, number, number], dtype: 'int32'): Tensor;
    transpose(x: Tensor, perm: number[]): Tensor;
    reverse(x: Tensor, axis: number | number[]): Tensor;
    env(): { set(flag: string, value: boolean): void };
    getBackend(): string;
  };
  load(): Promise<void>;
  detect(input: Tensor): Promise<{ error?: string | null; face?: Array<{ box: [number, number, number, number]; score: number }> }>;
}

/** Images are looked at with this many pixels on their longer side: the detector sees 256 anyway. */
export const FACE_MAX_SIDE = 1024;

/** Human set up to find faces and nothing else, from `modelBasePath` only, never a CDN. */
export function humanConfig(modelBasePath: string, backend: 'cpu' | 'wasm', wasmPath = ''): Record<string, unknown> {
  return {
    backend,
    wasmPath,
    modelBasePath,
    cacheModels: false,
    debug: false,
    async: true,
    warmup: 'none',
    // Every image is looked at afresh: no result is reused from the image before.
    cacheSensitivity: 0,
    filter: { enabled: false },
    face: {
      enabled: true,
      // BlazeFace proposes faces; the face mesh confirms each one and scores it (a cat, a phantom or a
      // page of text can fool the detector, not both).
      detector: { modelPath: 'blazeface.json', rotation: false, maxDetected: 20, minConfidence: 0.3, iouThreshold: 0.1, skipFrames: 0, skipTime: 0, return: false },
      mesh: { enabled: true, modelPath: 'facemesh.json', keepInvalid: false },
      iris: { enabled: false },
      description: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
  };
}

/** The image's RGB as an int32 tensor [1, height, width, 3]. */
function rgbTensor(human: HumanLike, image: Rgba): Tensor {
  const rgb = new Int32Array(image.width * image.height * 3);
  for (let i = 0, j = 0; j < rgb.length; i += 4) {
    rgb[j++] = image.data[i]!;
    rgb[j++] = image.data[i + 1]!;
    rgb[j++] = image.data[i + 2]!;
  }
  return human.tf.tensor4d(rgb, [1, image.height, image.width, 3], 'int32');
}

function turned(human: HumanLike, upright: Tensor, turn: Turn): Tensor {
  const { tf } = human;
  if (turn === 2) return tf.reverse(upright, [1, 2]);
  const across = tf.transpose(upright, [0, 2, 1, 3]);
  try {
    return tf.reverse(across, turn === 1 ? 2 : 1);
  } finally {
    across.dispose();
  }
}

/**
 * Every face the detector scores in the image, looked for upright, on each side and upside down (a
 * patient photographed lying in bed is sideways), in the image's own pixels. Unmerged and
 * unfiltered: `checkFaces` decides what counts.
 */
export async function detectFaces(human: HumanLike, image: Rgba): Promise<DetectedFace[]> {
  const upright = rgbTensor(human, image);
  const found: DetectedFace[] = [];
  try {
    for (const turn of TURNS) {
      const input = turn === 0 ? upright : turned(human, upright, turn);
      try {
        const result = await human.detect(input);
        if (result.error || !result.face) throw new Error(result.error || 'The face detector gave no answer.');
        for (const face of result.face) {
          const [x, y, width, height] = face.box;
          found.push({ box: unturnBox({ x, y, width, height }, turn, image.width, image.height), score: face.score });
        }
      } finally {
        if (input !== upright) input.dispose();
      }
    }
  } finally {
    upright.dispose();
  }
  return found;
}

/** Whether the image is grey: nearly every pixel has red, green and blue within a JPEG's colour noise of each other. */
export function isGrayscale(image: Rgba): boolean {
  const pixels = image.width * image.height;
  const step = Math.max(1, Math.floor(pixels / 20_000));
  let sampled = 0;
  let coloured = 0;
  for (let p = 0; p < pixels; p += step, sampled++) {
    const i = p * 4;
    const r = image.data[i]!;
    const g = image.data[i + 1]!;
    const b = image.data[i + 2]!;
    if (Math.max(Math.abs(r - g), Math.abs(g - b), Math.abs(r - b)) > 16) coloured++;
  }
  return coloured <= sampled * 0.01;
}

/** Faces found in an image at `scale` of its size, with what it looked like, in the original's pixels. */
export async function readFaces(human: HumanLike, image: Rgba, scale: number): Promise<FaceReading> {
  return { faces: unscaleFaces(await detectFaces(human, image), scale), grayscale: isGrayscale(image) };
}

/**
 * A copy at most `maxSide` pixels on its longer side (each pixel the average of the ones it covers),
 * and the factor that takes its boxes back to the original. For node, where no canvas scales images.
 */
export function shrinkRgba(image: Rgba, maxSide = FACE_MAX_SIDE): { image: Rgba; scale: number } {
  const scale = Math.min(1, maxSide / Math.max(image.width, image.height));
  if (scale === 1) return { image, scale };
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y / scale);
    const y1 = Math.max(y0 + 1, Math.min(image.height, Math.floor((y + 1) / scale)));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x / scale);
      const x1 = Math.max(x0 + 1, Math.min(image.width, Math.floor((x + 1) / scale)));
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * image.width + sx) * 4;
          r += image.data[i]!;
          g += image.data[i + 1]!;
          b += image.data[i + 2]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * width + x) * 4;
      data[o] = r / n;
      data[o + 1] = g / n;
      data[o + 2] = b / n;
      data[o + 3] = 255;
    }
  }
  return { image: { data, width, height }, scale };
}

/** Boxes found on a copy scaled by `scale`, in the original's pixels. */
export const unscaleFaces = (faces: DetectedFace[], scale: number): DetectedFace[] =>
  scale === 1 ? faces : faces.map((f) => ({ score: f.score, box: { x: f.box.x / scale, y: f.box.y / scale, width: f.box.width / scale, height: f.box.height / scale } }));
