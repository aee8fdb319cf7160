import { checkDicomHeader } from './dicom';
import { dicomImageFile } from './dicom-frame';
import { browserDeflate, type Deflate } from './png';
import { checkPhotoMetadata } from './metadata';
import { checkFaces } from './faces';
import { checkOverlayText } from './overlay-text';
import { imageSize, looksComplete, METADATA_KINDS, RASTER_KINDS, sniffKind } from './sniff';
import { checkVideoMetadata, embeddedCover } from './video';
import type { ImageFinding, ImageReport, PixelReaders } from './types';

export { checkDicomHeader } from './dicom';
export { dicomImageFile, dicomPicture, type GrayImage } from './dicom-frame';
export { encodeGrayPng, type Deflate } from './png';
export { checkPhotoMetadata } from './metadata';
export { checkFaces, FACE_MIN_SCORE } from './faces';
export { checkOverlayText, overlayLines } from './overlay-text';
export { imageSize, sniffKind } from './sniff';
export { checkVideoMetadata } from './video';
export * from './types';

/** Largest attachment checked: beyond it the user is told to check the file themselves. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/** Images with more pixels than this are not decoded for OCR (a panorama or a decompression bomb): said, not tried. */
export const MAX_OCR_PIXELS = 100_000_000;

const UNREADABLE = 'Could not read this file; check it yourself before posting.';

/**
 * Everything in one attached file that could identify a patient: metadata, DICOM header, the text
 * drawn in its pixels (`ocr`) and the faces in them (`faces`), both run off the page's main thread.
 * Never throws: a file that cannot be read gets an `error` saying so, with whatever was found before that.
 */
export async function checkImage(
  bytes: Uint8Array,
  { ocr, faces, deflate = browserDeflate, maxOcrPixels = MAX_OCR_PIXELS }: PixelReaders & { deflate?: Deflate; maxOcrPixels?: number } = {},
): Promise<ImageReport> {
  const kind = sniffKind(bytes);
  const findings: ImageFinding[] = [];
  if (bytes.length > MAX_IMAGE_BYTES && kind !== 'video') return { kind, findings, error: `This file is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB and was not checked; check it yourself before posting.` };
  if (kind === 'svg') return { kind, findings, error: 'SVG files are not opened (they can carry scripts); export the image as PNG to have it checked.' };
  if (kind === 'unknown') return { kind, findings, error: UNREADABLE };
  if (!looksComplete(bytes, kind)) return { kind, findings, error: 'This file is cut short or damaged; check it yourself before posting.' };
  if (kind === 'video') {
    findings.push(...checkVideoMetadata(bytes));
    const cover = embeddedCover(bytes);
    if (cover) {
      // The cover art shows wherever the video is listed: read like any attached image.
      const report = await checkImage(cover, { ocr, faces, deflate, maxOcrPixels });
      findings.push(...report.findings.map(({ box: _drawnOnTheCover, ...finding }) => ({ ...finding, message: `In the video's cover art: ${finding.message.charAt(0).toLowerCase()}${finding.message.slice(1)}` })));
      if (report.error) return { kind, findings, error: `The video's cover art: ${report.error} Its frames were not read either; check them yourself before posting.` };
      return { kind, findings, error: "Only the video's metadata and cover art were checked; check its frames yourself before posting." };
    }
    return { kind, findings, error: "Only the video's metadata was checked; check its frames yourself before posting." };
  }
  let pixels = bytes;
  try {
    if (kind === 'dicom') {
      const header = checkDicomHeader(bytes);
      findings.push(...header.findings);
      if (!(ocr || faces) || !header.hasPixels) return { kind, findings };
      // The frame is read like a screenshot: ultrasound and secondary captures carry the patient in
      // their pixels, and a 3D rendering of a head scan shows a face.
      const picture = await dicomImageFile(bytes, deflate);
      if (!picture) return { kind, findings, error: "The image in this DICOM file is compressed in a way not read here; only its header was checked. Check the image yourself before posting." };
      pixels = picture;
    } else {
      if (METADATA_KINDS.has(kind)) findings.push(...(await checkPhotoMetadata(bytes)));
      if (!RASTER_KINDS.has(kind)) return { kind, findings, error: "Only this file's metadata was checked; its picture was not read. Check it yourself before posting." };
      const size = imageSize(bytes, kind);
      if ((ocr || faces) && size && size.width * size.height > maxOcrPixels) {
        return { kind, findings, error: `At ${size.width}×${size.height} this image is too large to read; check it yourself before posting.` };
      }
    }
  } catch {
    return { kind, findings, error: UNREADABLE };
  }
  // Text and faces are looked for at once: OCR runs in its worker while the face detector runs in its own.
  const [text, people] = await Promise.allSettled([ocr?.(pixels), faces?.(pixels)]);
  if (text.status === 'fulfilled' && text.value) findings.push(...checkOverlayText(text.value));
  if (people.status === 'fulfilled' && people.value) findings.push(...checkFaces(people.value));
  if (text.status === 'rejected') return { kind, findings, error: UNREADABLE };
  if (people.status === 'rejected') return { kind, findings, error: 'Could not look for faces in this image; check it yourself before posting.' };
  return { kind, findings };
}
