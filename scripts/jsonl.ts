import { analyze, PLATFORMS, type AnalysisContext, type Finding, type Platform } from '../lib/analysis';

/** One input line of `check --jsonl`. */
export interface DraftRecord {
  id: string | number;
  platform?: string;
  text: string;
}

/** One output line of `check --jsonl`. Evaluation tools depend on this shape: keep it stable. */
export interface CheckedRecord {
  id: string | number;
  findings: Array<Pick<Finding, 'ruleId' | 'category' | 'severity' | 'start' | 'end' | 'message'>>;
}

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
