import type { OcrWord } from './types';

/** The shape of tesseract.js's `recognize(…, {}, { blocks: true })` result that the checks read. */
export interface TesseractPage {
  blocks: Array<{ paragraphs: Array<{ lines: Array<{ words: Array<{ text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }> }> }> }> | null;
}

/** tesseract.js's blocks as words with their boxes, numbered by the OCR line they were read in. */
export function wordsFromTesseract(data: TesseractPage): OcrWord[] {
  const words: OcrWord[] = [];
  let line = 0;
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const ocrLine of paragraph.lines) {
        for (const word of ocrLine.words) {
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({ text: word.text, confidence: word.confidence, line, box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
        }
        line++;
      }
    }
  }
  return words;
}
