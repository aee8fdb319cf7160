import { SEVERITY_LABELS } from '@/lib/analysis/categories';
import type { Severity } from '@/lib/analysis/types';

/** A coloured dot named by its severity; `decorative` when the severity is already written next to it. */
export function SeverityIcon({ severity, decorative = false }: { severity: Severity; decorative?: boolean }) {
  const className = `sh-severity sh-severity-${severity}`;
  return decorative ? <span className={className} aria-hidden="true" /> : <span className={className} role="img" aria-label={SEVERITY_LABELS[severity]} />;
}
