import dicomParser from 'dicom-parser';
import { encodeGrayPng, type Deflate } from './png';

/** An 8-bit grayscale picture. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Transfer syntaxes whose pixels are stored as they are (little endian). */
const NATIVE = new Set(['1.2.840.10008.1.2', '1.2.840.10008.1.2.1']);
/** RLE Lossless: decoded here (ultrasound and secondary captures often use it). */
const RLE = '1.2.840.10008.1.2.5';
/** JPEG Baseline (8-bit): each frame is a JPEG file the browser (or jpeg-js, in node) can decode. Extended (12-bit) is not. */
const JPEG_BASELINE = new Set(['1.2.840.10008.1.2.4.50']);
/** Frames larger than this are not rendered (a whole-slide image would take the memory of the page). */
const MAX_PIXELS = 4096 * 4096;

const number = (value: string | undefined): number | undefined => {
  const first = value?.split('\\')[0]?.trim();
  return first && Number.isFinite(Number(first)) ? Number(first) : undefined;
};

/**
 * One RLE Lossless frame (DICOM PS3.5 annex G: a 64-byte header of segment offsets, each segment
 * PackBits-coded, one segment per byte of each sample, most significant first) in the native
 * layout: samples interleaved, little endian. Undefined when the data does not hold together.
 */
export function decodeRle(frame: Uint8Array, count: number, samples: number, bytesPerSample: number): Uint8Array | undefined {
  if (frame.length < 64) return undefined;
  const header = new DataView(frame.buffer, frame.byteOffset, 64);
  const segments = header.getUint32(0, true);
  if (segments !== samples * bytesPerSample) return undefined;
  const out = new Uint8Array(count * segments);
  for (let segment = 0; segment < segments; segment++) {
    const start = header.getUint32(4 + segment * 4, true);
    const end = segment + 1 < segments ? header.getUint32(8 + segment * 4, true) : frame.length;
    if (start < 64 || end > frame.length || end < start) return undefined;
    // Segment order: sample by sample, high byte first; native order is little endian, interleaved.
    const sample = Math.floor(segment / bytesPerSample);
    const byte = bytesPerSample - 1 - (segment % bytesPerSample);
    const stride = segments;
    let target = sample * bytesPerSample + byte;
    let written = 0;
    for (let at = start; at < end && written < count; ) {
      const n = (frame[at++]! << 24) >> 24;
      if (n >= 0) {
        for (let k = 0; k <= n && at < end && written < count; k++, written++, target += stride) out[target] = frame[at++]!;
      } else if (n !== -128) {
        const value = frame[at++]!;
        for (let k = 0; k <= -n && written < count; k++, written++, target += stride) out[target] = value;
      }
    }
    if (written < count) return undefined;
  }
  return out;
}

/**
 * The bytes of an encapsulated file's first frame: every fragment when there is one frame (an
 * encoder may split a frame), through the offset table when there are several, or the first
 * fragment when there is one fragment per frame. Undefined when the frames cannot be told apart.
 */
function firstFrameFragments(dataSet: dicomParser.DataSet, element: dicomParser.Element): Uint8Array | undefined {
  const frames = Number(dataSet.string('x00280008') ?? 1) || 1;
  const fragments = element.fragments ?? [];
  if (frames === 1) return new Uint8Array(dicomParser.readEncapsulatedPixelDataFromFragments(dataSet, element, 0, fragments.length || 1));
  if (element.basicOffsetTable?.length) return new Uint8Array(dicomParser.readEncapsulatedImageFrame(dataSet, element, 0));
  if (fragments.length === frames) return new Uint8Array(dicomParser.readEncapsulatedPixelDataFromFragments(dataSet, element, 0, 1));
  return undefined;
}

/** The first frame's picture: grey levels as the viewer shows them, or a JPEG to be decoded. */
export type DicomPicture = { gray: GrayImage } | { jpeg: Uint8Array };

/**
 * The first frame of a DICOM file as the viewer would show it (its window, or its full range),
 * for reading the text burned into it and looking for faces. Native and RLE frames are rendered
 * here; a JPEG Baseline frame is handed over as the JPEG it is. Undefined when there are no pixels
 * or they are compressed in a way not read here (JPEG Lossless, JPEG-LS, JPEG 2000).
 */
export function dicomPicture(bytes: Uint8Array): DicomPicture | undefined {
  const dataSet = dicomParser.parseDicom(bytes);
  const element = dataSet.elements.x7fe00010;
  const syntax = dataSet.string('x00020010')?.trim() ?? '1.2.840.10008.1.2';
  if (!element) return undefined;
  if (JPEG_BASELINE.has(syntax)) {
    if (!element.encapsulatedPixelData) return undefined;
    const frame = dicomParser.readEncapsulatedImageFrame(dataSet, element, 0, element.basicOffsetTable?.length ? undefined : dicomParser.createJPEGBasicOffsetTable(dataSet, element));
    return frame[0] === 0xff && frame[1] === 0xd8 ? { jpeg: new Uint8Array(frame) } : undefined;
  }
  const height = dataSet.uint16('x00280010') ?? 0;
  const width = dataSet.uint16('x00280011') ?? 0;
  const bits = dataSet.uint16('x00280100') ?? 8;
  const samples = dataSet.uint16('x00280002') ?? 1;
  const signed = dataSet.uint16('x00280103') === 1;
  const count = width * height;
  if (count === 0 || count > MAX_PIXELS || (bits !== 8 && bits !== 16) || (samples !== 1 && samples !== 3)) return undefined;
  const bytesPerSample = bits / 8;
  let stored: Uint8Array;
  if (syntax === RLE && element.encapsulatedPixelData) {
    const frame = firstFrameFragments(dataSet, element);
    const decoded = frame && decodeRle(frame, count, samples, bytesPerSample);
    if (!decoded) return undefined;
    stored = decoded;
  } else if (NATIVE.has(syntax) && !element.encapsulatedPixelData) {
    if (element.length < count * samples * bytesPerSample) return undefined;
    stored = dataSet.byteArray.subarray(element.dataOffset, element.dataOffset + count * samples * bytesPerSample);
  } else {
    return undefined;
  }
  // Planar RGB (PlanarConfiguration 1) keeps each colour apart; only the grey level is needed.
  const planar = samples === 3 && dataSet.uint16('x00280006') === 1 && syntax !== RLE;
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  const slope = number(dataSet.string('x00281053')) ?? 1;
  const intercept = number(dataSet.string('x00281052')) ?? 0;
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let raw = 0;
    for (let s = 0; s < samples; s++) {
      const at = (planar ? s * count + i : i * samples + s) * bytesPerSample;
      raw += bits === 8 ? view.getUint8(at) : signed ? view.getInt16(at, true) : view.getUint16(at, true);
    }
    values[i] = (raw / samples) * slope + intercept;
  }
  let low: number;
  let high: number;
  const center = number(dataSet.string('x00281050'));
  const widthOfWindow = number(dataSet.string('x00281051'));
  if (center !== undefined && widthOfWindow !== undefined && widthOfWindow > 0) {
    low = center - widthOfWindow / 2;
    high = center + widthOfWindow / 2;
  } else {
    low = Infinity;
    high = -Infinity;
    for (const v of values) {
      if (v < low) low = v;
      if (v > high) high = v;
    }
  }
  const inverted = dataSet.string('x00280004')?.trim() === 'MONOCHROME1';
  const span = Math.max(1e-6, high - low);
  const pixels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const level = Math.round(Math.min(1, Math.max(0, (values[i]! - low) / span)) * 255);
    pixels[i] = inverted ? 255 - level : level;
  }
  return { gray: { width, height, pixels } };
}

/** The first frame as an image file (PNG, or the frame's own JPEG) for OCR, faces and the cleaned copy. */
export async function dicomImageFile(bytes: Uint8Array, deflate: Deflate): Promise<Uint8Array | undefined> {
  const picture = dicomPicture(bytes);
  if (!picture) return undefined;
  return 'jpeg' in picture ? picture.jpeg : encodeGrayPng(picture.gray, deflate);
}
