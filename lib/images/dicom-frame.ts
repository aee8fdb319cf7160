import dicomParser from 'dicom-parser';

/** An 8-bit grayscale picture. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Transfer syntaxes whose pixels are stored as they are (little endian): the rest are compressed and not rendered here. */
const NATIVE = new Set(['1.2.840.10008.1.2', '1.2.840.10008.1.2.1']);
/** Frames larger than this are not rendered (a whole-slide image would take the memory of the page). */
const MAX_PIXELS = 4096 * 4096;

const number = (value: string | undefined): number | undefined => {
  const first = value?.split('\\')[0]?.trim();
  return first && Number.isFinite(Number(first)) ? Number(first) : undefined;
};

/**
 * The first frame of a DICOM file as the viewer would show it (its window, or its full range),
 * for reading the text burned into it. Undefined when there are no pixels or they are compressed.
 */
export function dicomFrame(bytes: Uint8Array): GrayImage | undefined {
  const dataSet = dicomParser.parseDicom(bytes);
  const element = dataSet.elements.x7fe00010;
  const syntax = dataSet.string('x00020010')?.trim() ?? '1.2.840.10008.1.2';
  if (!element || element.encapsulatedPixelData || !NATIVE.has(syntax)) return undefined;
  const height = dataSet.uint16('x00280010') ?? 0;
  const width = dataSet.uint16('x00280011') ?? 0;
  const bits = dataSet.uint16('x00280100') ?? 8;
  const samples = dataSet.uint16('x00280002') ?? 1;
  const signed = dataSet.uint16('x00280103') === 1;
  const count = width * height;
  if (count === 0 || count > MAX_PIXELS || (bits !== 8 && bits !== 16) || (samples !== 1 && samples !== 3)) return undefined;
  const bytesPerSample = bits / 8;
  if (element.length < count * samples * bytesPerSample) return undefined;
  const view = new DataView(dataSet.byteArray.buffer, dataSet.byteArray.byteOffset + element.dataOffset, count * samples * bytesPerSample);
  const slope = number(dataSet.string('x00281053')) ?? 1;
  const intercept = number(dataSet.string('x00281052')) ?? 0;
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let raw = 0;
    for (let s = 0; s < samples; s++) {
      const at = (i * samples + s) * bytesPerSample;
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
  return { width, height, pixels };
}
