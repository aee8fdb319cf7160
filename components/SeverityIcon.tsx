import type { Severity } from '@/lib/analysis/types';

const LABELS: Record<Severity, string> = { error: 'Patient identifier', warning: 'Warning', info: 'Suggestion' };

export function SeverityIcon({ severity }: { severity: Severity }) {
  return <span className={`sh-severity sh-severity-${severity}`} role="img" aria-label={LABELS[severity]} />;
}
