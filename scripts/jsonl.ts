import { analyze, PLATFORMS, type AnalysisContext, type Finding, type Platform } from '../lib/analysis';

/** One input line of `check --jsonl`. */
export interface DraftRecord {
  id: string | number;
  platform?: string;
  text: string;
  /** Paths of images attached to the draft: accepted and ignored for now. */
  images?: string[];
}

/** One output line of `check --jsonl`. Evaluation tools depend on this shape: keep it stable. */
export interface CheckedRecord {
  id: string | number;
  findings: Array<Pick<Finding, 'ruleId' | 'category' | 'severity' | 'start' | 'end' | 'message'>>;
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

/**
 * The answer to one input line of `check --jsonl` (`lineNumber` is 1-based): its findings, or why
 * it was refused. Never throws: an engine error on the record becomes its refusal.
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
