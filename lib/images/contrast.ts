/**
 * The picture OCR reads: one grey level per pixel that keeps coloured text. Viewers draw overlays in
 * green, yellow or cyan, which plain luminance turns into a mid grey that thresholding loses against
 * a scan; on a dark image each pixel's brightest channel is taken (coloured text stays bright), on a
 * light one its darkest (red or blue text on white stays dark).
 */
export function ocrGray(data: Uint8ClampedArray | Uint8Array | Buffer): void {
  const pixels = data.length >> 2;
  const step = Math.max(1, Math.floor(pixels / 20_000));
  let sum = 0;
  let sampled = 0;
  for (let p = 0; p < pixels; p += step, sampled++) sum += 0.299 * data[p * 4]! + 0.587 * data[p * 4 + 1]! + 0.114 * data[p * 4 + 2]!;
  const dark = sum / Math.max(1, sampled) < 128;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const level = dark ? Math.max(r, g, b) : Math.min(r, g, b);
    data[i] = data[i + 1] = data[i + 2] = level;
  }
}

/**
 * The grey picture as a binary PGM file (`P5`), which OCR reads as it is: no compression to make
 * and undo (Chrome's offscreen document took a second to encode a PNG, however small), one byte a
 * pixel. Transparent pixels are laid on white, as a site shows them.
 */
export function grayPgm(data: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const file = new Uint8Array(header.length + width * height);
  file.set(header);
  for (let p = 0, i = 0; p < width * height; p++, i += 4) {
    const alpha = data[i + 3]!;
    file[header.length + p] = alpha === 255 ? data[i]! : Math.round((data[i]! * alpha + 255 * (255 - alpha)) / 255);
  }
  return file;
}
