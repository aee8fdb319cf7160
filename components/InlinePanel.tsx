import { useStore } from 'zustand';
import { CATEGORIES } from '@/lib/analysis/categories';
import type { Finding, Severity } from '@/lib/analysis/types';
import type { PanelStore } from '@/lib/content/panel-store';
import { SeverityIcon } from './SeverityIcon';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No issues found';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const total = `${findings.length} ${findings.length === 1 ? 'issue' : 'issues'}`;
  return errors ? `${total}: ${errors} could identify a patient` : total;
}

/** The panel beside a compose box. Everything from the draft is rendered as text, never as HTML. */
export function InlinePanel({ store, siteName }: { store: PanelStore; siteName: string }) {
  const { status, findings, expanded, toggleExpanded } = useStore(store);
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
  const worst = sorted[0]?.severity ?? 'ok';
  return (
    <section className={`sh-panel sh-worst-${worst}`} aria-label={`Safe Harbor check for this ${siteName} draft`} data-status={status}>
      <header className="sh-header">
        <span className="sh-logo" aria-hidden="true">⚓</span>
        <span className="sh-title">Safe Harbor</span>
        <span className="sh-summary" role="status" aria-live="polite">
          {status === 'unavailable' ? 'Could not check this draft. Keep typing to retry.' : summary(findings)}
        </span>
        {findings.length > 0 && (
          <button type="button" className="sh-toggle" aria-expanded={expanded} aria-label={expanded ? 'Hide findings' : 'Show findings'} onClick={toggleExpanded}>
            {expanded ? '▾' : '▸'}
          </button>
        )}
      </header>
      {expanded && sorted.length > 0 && (
        <ul className="sh-findings">
          {sorted.map((finding) => (
            <li key={`${finding.ruleId}:${finding.start}:${finding.end}`} className="sh-finding" data-category={finding.category} data-severity={finding.severity}>
              <SeverityIcon severity={finding.severity} />
              <div className="sh-finding-body">
                <p className="sh-message">
                  <span className="sh-category">{CATEGORIES[finding.category].label}</span>
                  {finding.message}
                </p>
                <p className="sh-note">{finding.note}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
