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
