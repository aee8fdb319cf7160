import { dicomImageFile } from './dicom-frame';
import { browserDeflate } from './png';
import { sniffKind } from './sniff';
import type { Box } from './types';

/** Blacked-out boxes reach this far past the words, so that no stroke of a letter is left. */
const PAD = 3;

/**
 * A cleaned copy of an image: the boxes painted black and every byte of metadata gone (the pixels
 * are drawn onto a new canvas and encoded again, as PNG, or JPEG for JPEGs). Runs where there is an
 * OffscreenCanvas: the offscreen document or a background page, never the page's main thread.
 */
export async function cleanedCopy(bytes: Uint8Array, boxes: readonly Box[]): Promise<{ bytes: Uint8Array; type: string }> {
  // A DICOM file's cleaned copy is its frame as a PNG (or a JPEG, for a JPEG frame): none of its header comes along.
  if (sniffKind(bytes) === 'dicom') {
    const picture = await dicomImageFile(bytes, browserDeflate);
    if (!picture) throw new Error('The image in this DICOM file cannot be rendered here.');
    bytes = picture;
  }
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    context.fillStyle = '#000';
    // Words read from a scaled-down copy (over 2,048 px) get a margin as wide in the original's pixels.
    const pad = PAD * Math.max(1, Math.max(bitmap.width, bitmap.height) / 2048);
    for (const box of boxes) context.fillRect(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad);
    const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    const type = jpeg ? 'image/jpeg' : 'image/png';
    const blob = await canvas.convertToBlob(jpeg ? { type, quality: 0.92 } : { type });
    return { bytes: new Uint8Array(await blob.arrayBuffer()), type };
  } finally {
    bitmap.close();
  }
}
