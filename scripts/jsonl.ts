import { open, readFile, stat } from 'node:fs/promises';
import { analyze, PLATFORMS, type AnalysisContext, type Finding, type Platform } from '../lib/analysis';
import { checkImage, MAX_IMAGE_BYTES, sniffKind, type ImageFinding, type PixelReaders } from '../lib/images';

const VIDEO_PART_BYTES = 4 * 1024 * 1024;
const NODE_MAX_OCR_PIXELS = 25_000_000;

/** The first and last `length` bytes of a file, joined. */
async function readEnds(file: string, size: number, length: number): Promise<Uint8Array> {
  const handle = await open(file);
  try {
    const head = new Uint8Array(length);
    const tail = new Uint8Array(length);
    await handle.read(head, 0, length, 0);
    await handle.read(tail, 0, length, size - length);
    const joined = new Uint8Array(2 * length);
    joined.set(head);
    joined.set(tail, length);
    return joined;
  } finally {
    await handle.close();
  }
}

/** One input line of `check --jsonl`. */
export interface DraftRecord {
  id: string | number;
  platform?: string;
  text: string;
  /** Paths of files attached to the draft: their findings carry the index of the file. */
  images?: string[];
}

/** A finding in an attached file: which file, and where in it (no text offsets). */
export type ImageFindingRecord = Pick<ImageFinding, 'ruleId' | 'category' | 'severity' | 'message' | 'box' | 'field'> & { image: number };

/** One output line of `check --jsonl`. Evaluation tools depend on this shape: keep it stable. */
export interface CheckedRecord {
  id: string | number;
  findings: Array<Pick<Finding, 'ruleId' | 'category' | 'severity' | 'start' | 'end' | 'message'>>;
}

/** An output line for a draft with attached files: their findings follow the text's. */
export interface CheckedRecordWithImages {
  id: string | number;
  findings: Array<CheckedRecord['findings'][number] | ImageFindingRecord>;
  /** Attached files that could not be read or checked, by index: their absence of findings means nothing. */
  errors?: Array<{ image: number; message: string }>;
}

/**
 * The output line of `check --jsonl` for an input line it could not check. `line` (1-based) is
 * there only when the input line has no usable id, so that the answer can still be placed.
 */
export type RefusedRecord = { id: string | number; error: string } | { id: null; line: number; error: string };

/** Longest input line `check --jsonl` checks, in UTF-16 code units. */
export const MAX_LINE_LENGTH = 1_000_000;

export function platformOf(value: unknown): Platform | undefined {
  return PLATFORMS.find((p) => p === value);
}

export function checkRecord(record: DraftRecord, context: AnalysisContext = {}): CheckedRecord {
  const findings = analyze(String(record.text ?? ''), { ...context, platform: platformOf(record.platform) ?? context.platform });
  return {
    id: record.id,
    findings: findings.map(({ ruleId, category, severity, start, end, message }) => ({ ruleId, category, severity, start, end, message })),
  };
}

/** The findings of each attached file, in the order given; a file that cannot be read gives an error, never a throw. */
export async function checkImageFiles(paths: readonly string[], readers: PixelReaders): Promise<{ findings: ImageFindingRecord[]; errors?: CheckedRecordWithImages['errors'] }> {
  const findings: ImageFindingRecord[] = [];
  const errors: Array<{ image: number; message: string }> = [];
  for (const [image, file] of paths.entries()) {
    try {
      const info = await stat(file);
      if (!info.isFile()) {
        errors.push({ image, message: 'not a regular file: not checked' });
        continue;
      }
      const size = info.size;
      let bytes: Uint8Array;
      if (size > MAX_IMAGE_BYTES) {
        // Only a video is read in part: its metadata is at its start or its end.
        const parts = await readEnds(file, size, VIDEO_PART_BYTES);
        if (sniffKind(parts) !== 'video') {
          errors.push({ image, message: `over ${MAX_IMAGE_BYTES / 1024 / 1024} MB: not checked` });
          continue;
        }
        bytes = parts;
      } else {
        bytes = new Uint8Array(await readFile(file));
      }
      // Node has no canvas to scale a huge image down before OCR, as the extension does: its limit is lower.
      const report = await checkImage(bytes, { ...readers, maxOcrPixels: NODE_MAX_OCR_PIXELS });
      for (const { ruleId, category, severity, message, box, field } of report.findings) {
        findings.push({ image, ruleId, category, severity, message, ...(box ? { box } : {}), ...(field ? { field } : {}) });
      }
      if (report.error) errors.push({ image, message: report.error });
    } catch (error) {
      errors.push({ image, message: `could not read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    }
  }
  return { findings, ...(errors.length ? { errors } : {}) };
}

/**
 * The answer to one input line of `check --jsonl` (`lineNumber` is 1-based): its findings, or why
 * it was refused. Never throws: an engine error on the record becomes its refusal. Attached files
 * are checked with `readers` reading their pixels.
 */
export async function answerLineWithImages(line: string, lineNumber: number, context: AnalysisContext, readers: PixelReaders): Promise<CheckedRecordWithImages | RefusedRecord> {
  const answer = answerLine(line, lineNumber, context);
  if ('error' in answer) return answer;
  const { images } = JSON.parse(line) as { images?: unknown };
  if (images === undefined) return answer;
  if (!Array.isArray(images) || !images.every((p) => typeof p === 'string')) return { id: answer.id, error: '"images" must be an array of file paths' };
  const checked = await checkImageFiles(images, readers);
  return { id: answer.id, findings: [...answer.findings, ...checked.findings], ...(checked.errors ? { errors: checked.errors } : {}) };
}

/**
 * The answer to one input line of `check --jsonl` (`lineNumber` is 1-based) for its text: its
 * findings, or why it was refused. Never throws: an engine error on the record becomes its refusal.
 */
export function answerLine(line: string, lineNumber: number, context: AnalysisContext = {}): CheckedRecord | RefusedRecord {
  const refuse = (error: string): RefusedRecord => ({ id: null, line: lineNumber, error });
  if (!line.trim()) return refuse('blank line: expected a JSON object');
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return refuse(`not valid JSON: ${(error as Error).message}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return refuse('not a JSON object');
  const { id, text } = record as Record<string, unknown>;
  if (id === undefined) return refuse('missing "id"');
  if (typeof id !== 'string' && typeof id !== 'number') return refuse('"id" must be a string or a number');
  if (typeof text !== 'string') return { id, error: text === undefined ? 'missing "text"' : '"text" must be a string' };
  if (line.length > MAX_LINE_LENGTH) {
    return { id, error: `line is ${line.length} characters long; the limit is ${MAX_LINE_LENGTH.toLocaleString('en-US')}` };
  }
  try {
    return checkRecord(record as DraftRecord, context);
  } catch (error) {
    return { id, error: `engine error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
