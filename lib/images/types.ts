import type { Category, Severity } from '../analysis/types';

/** Where on an image, in its own pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The image checks; like text rules, each id is also the settings key that turns it off. */
export const IMAGE_RULES = ['image-text', 'image-face', 'image-metadata', 'dicom-header'] as const;
export type ImageRuleId = (typeof IMAGE_RULES)[number];

/** Something in an attached file that could identify a patient. */
export interface ImageFinding {
  ruleId: ImageRuleId;
  category: Category;
  severity: Severity;
  /** One sentence saying what was found and where, in words the user can act on. */
  message: string;
  /** Why it matters, in the guidance's words. */
  note: string;
  /** For text read from the pixels: where it is drawn. */
  box?: Box;
  /** For metadata: the field or DICOM attribute it is in. */
  field?: string;
}

/** A word read from an image by OCR, with where it is drawn. */
export interface OcrWord {
  text: string;
  box: Box;
  /** 0–100. */
  confidence: number;
  /** Which OCR text line it was read in: words of one line share the number. */
  line: number;
}

/** Reads the words drawn in an image (tesseract.js in a worker, in the extension or in node). */
export type Ocr = (bytes: Uint8Array) => Promise<OcrWord[]>;

/** A face a detector found, in the image's own pixels. */
export interface DetectedFace {
  box: Box;
  /** 0–1. */
  score: number;
}

/** What a face detector saw in an image: its faces, and whether the image is grey (as scans are). */
export interface FaceReading {
  faces: DetectedFace[];
  grayscale: boolean;
}

/** Finds the faces in an image (a face detector off the page's main thread, in the extension or in node). */
export type FaceDetector = (bytes: Uint8Array) => Promise<FaceReading>;

/** What reads an image's pixels: OCR for burned-in text, a detector for faces. Either may be absent. */
export interface PixelReaders {
  ocr?: Ocr;
  faces?: FaceDetector;
}

export interface ImageReport {
  kind: FileKind;
  findings: ImageFinding[];
  /** Set when the file could not be checked (or only partly): say so rather than "nothing found". */
  error?: string;
}

export type FileKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'tiff' | 'heic' | 'dicom' | 'svg' | 'video' | 'unknown';
