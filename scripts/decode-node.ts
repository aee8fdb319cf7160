/** Decoding images in node, where there is no browser to do it: PNG with pngjs, JPEG with jpeg-js. */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Rgba } from '../lib/images/human-faces';

/** RGBA pixels of a PNG or JPEG; undefined for the formats decoded only in the browser (GIF, WebP, BMP). */
export function decodeRgba(bytes: Uint8Array): (Rgba & { data: Buffer | Uint8Array }) | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return PNG.sync.read(Buffer.from(bytes));
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 1024, maxResolutionInMP: 200 });
  return undefined;
}

export function encodePng({ data, width, height }: Rgba & { data: Buffer | Uint8Array }): Uint8Array {
  const png = new PNG({ width, height });
  png.data = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(PNG.sync.write(png));
}
