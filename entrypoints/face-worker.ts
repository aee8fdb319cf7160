/**
 * The face detector's dedicated worker, started by the extension page that checks attachments
 * (Chrome's offscreen document, Firefox's background page) only when an image is attached. Human and
 * tfjs's WebAssembly backend load their models and wasm from the extension's own `faces/` files.
 */
import { Human } from '@vladmandic/human';
import { FACE_MAX_SIDE, humanConfig, readFaces, type HumanLike } from '@/lib/images/human-faces';
import type { FaceAnswer, FaceRequest } from '@/lib/images/browser-faces';

export default defineUnlistedScript(() => {
  const scope = self as unknown as {
    location: Location;
    onmessage: ((event: MessageEvent<FaceRequest>) => void) | null;
    postMessage(message: FaceAnswer): void;
  };
  const files = new URL('faces/', scope.location.href).href;
  let human: Promise<HumanLike> | undefined;

  const start = async (): Promise<HumanLike> => {
    const instance = new Human(humanConfig(files, 'wasm', files) as ConstructorParameters<typeof Human>[0]) as unknown as HumanLike;
    // Where SharedArrayBuffer exists (Chrome's extension pages), tfjs asks for its multithreaded wasm,
    // whose threads start from blob: URLs that the extension's CSP refuses; Human then fell back to
    // WebGL, which without a GPU took seconds an image. One thread, with SIMD, as in Firefox.
    instance.tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    await instance.load();
    return instance;
  };

  /** The picture as the browser shows it (turned by its EXIF orientation), at most FACE_MAX_SIDE pixels wide. */
  const pixels = async (bytes: ArrayBuffer): Promise<{ image: ImageData; scale: number }> => {
    const bitmap = await createImageBitmap(new Blob([bytes]), { imageOrientation: 'from-image' });
    try {
      const scale = Math.min(1, FACE_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return { image: context.getImageData(0, 0, canvas.width, canvas.height), scale };
    } finally {
      bitmap.close();
    }
  };

  const answer = async ({ id, bytes }: FaceRequest): Promise<void> => {
    let reply: FaceAnswer;
    try {
      const { image, scale } = await pixels(bytes);
      human ??= start();
      reply = { id, reading: await readFaces(await human.catch((error) => { human = undefined; throw error; }), image, scale) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply);
  };
  // One image at a time: Human's face mesh keeps its boxes between awaits, so two at once could mix them.
  let queue = Promise.resolve();
  scope.onmessage = ({ data }: MessageEvent<FaceRequest>) => {
    queue = queue.then(() => answer(data));
  };
});
