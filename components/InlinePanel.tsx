import { useStore } from 'zustand';
import { CATEGORIES } from '@/lib/analysis/categories';
import type { Finding, Severity } from '@/lib/analysis/types';
import type { PanelActions, PanelStore } from '@/lib/content/panel-store';
import { canAllowWord } from '@/lib/settings/allow-list';
import { SeverityIcon } from './SeverityIcon';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const GROUPS: Array<{ severity: Severity; title: string }> = [
  { severity: 'error', title: 'Could identify a patient' },
  { severity: 'warning', title: 'Professional image' },
  { severity: 'info', title: 'Tone and timing' },
];

function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No issues found';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const total = `${findings.length} ${findings.length === 1 ? 'issue' : 'issues'}`;
  return errors ? `${total}: ${errors} could identify a patient` : total;
}

function guardText(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${errors} patient ${errors === 1 ? 'identifier remains' : 'identifiers remain'}. Review ${errors === 1 ? 'it' : 'them'}, or post exactly as written.`;
}

function FindingItem({ finding, actions }: { finding: Finding; actions: PanelActions | undefined }) {
  const suggestion = finding.suggestions[0];
  return (
    <li className="sh-finding" data-category={finding.category} data-severity={finding.severity} data-rule={finding.ruleId}>
      <SeverityIcon severity={finding.severity} />
      <div className="sh-finding-body">
        <p className="sh-message">
          <span className="sh-category">{CATEGORIES[finding.category].label}</span>
          {finding.message}
        </p>
        <p className="sh-note">{finding.note}</p>
        {actions && (
          <div className="sh-actions">
            {suggestion && finding.ruleId !== 'disclaimer-missing' && (
              <button type="button" className="sh-primary" onClick={() => void actions.applySuggestion(finding, 0)}>
                {suggestion.label}
              </button>
            )}
            <button type="button" onClick={() => void actions.ignoreHere(finding)} aria-label={`Ignore here: ${finding.actual}`}>
              Ignore here
            </button>
            {canAllowWord(finding) && (
              <button type="button" onClick={() => void actions.allowWord(finding)} aria-label={`Allow this word: ${finding.actual}`}>
                Allow this word
              </button>
            )}
            <button type="button" onClick={() => void actions.turnOffRule(finding)} aria-label={`Turn off this rule: ${finding.ruleId}`}>
              Turn off this rule
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

/** The panel beside a compose box. Everything from the draft is rendered as text, never as HTML. */
export function InlinePanel({ store, siteName }: { store: PanelStore; siteName: string }) {
  const { status, findings, quoted, report, expanded, notice, undo, guardOpen, actions, toggleExpanded } = useStore(store);
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
  const all = [...findings, ...quoted];
  const worst = [...all].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0]?.severity ?? 'ok';
  const paused = status === 'paused';
  const canInsertDisclaimer = !!report && !paused && !report.disclaimer.present && status !== 'idle';
  return (
    <section className={`sh-panel sh-worst-${worst}`} aria-label={`Safe Harbor check for this ${siteName} draft`} data-status={status}>
      <header className="sh-header">
        <span className="sh-logo" aria-hidden="true">⚓</span>
        <span className="sh-title">Safe Harbor</span>
        <span className="sh-summary" role="status" aria-live="polite">
          {status === 'unavailable'
            ? 'Could not check this draft. Keep typing to retry.'
            : paused
              ? `Paused on ${siteName}.`
              : summary(all)}
        </span>
        {report?.length && (
          <span className={`sh-length${report.length.used > report.length.limit ? ' sh-over' : ''}`} title={`${siteName} counts ${report.length.used} of ${report.length.limit}`}>
            {report.length.used}/{report.length.limit}
          </span>
        )}
        {canInsertDisclaimer && actions && (report.disclaimer.fits || !report.disclaimer.short.fits) && (
          <button type="button" className="sh-primary" onClick={() => void actions.insertDisclaimer()}>
            Insert disclaimer
          </button>
        )}
        {canInsertDisclaimer && actions && !report.disclaimer.fits && report.disclaimer.short.fits && (
          <button type="button" className="sh-primary" title={`Your full disclaimer does not fit; this adds "${report.disclaimer.short.text}"`} onClick={() => void actions.insertDisclaimer(true)}>
            Insert short disclaimer
          </button>
        )}
        {actions && (
          <button type="button" onClick={() => void actions.setPaused(!paused)}>
            {paused ? `Resume on ${siteName}` : `Pause on ${siteName}`}
          </button>
        )}
        {all.length > 0 && (
          <button type="button" className="sh-toggle" aria-expanded={expanded} aria-label={expanded ? 'Hide findings' : 'Show findings'} onClick={toggleExpanded}>
            {expanded ? '▾' : '▸'}
          </button>
        )}
      </header>
      {report?.historyError && <p className="sh-notice sh-history-error">{report.historyError}</p>}
      {report?.checkedLength !== undefined && (
        <p className="sh-notice sh-truncated">Only the first {report.checkedLength.toLocaleString('en-US')} characters were checked: shorten the draft or check the rest in the full-page checker.</p>
      )}
      {notice && (
        <p className="sh-notice" role="status">
          {notice}
          {undo && (
            <button type="button" className="sh-undo" onClick={() => void undo()}>
              Undo
            </button>
          )}
        </p>
      )}
      {guardOpen && actions && (
        <div className="sh-guard" role="alertdialog" aria-modal="false" aria-labelledby="sh-guard-title" aria-describedby="sh-guard-text">
          <p id="sh-guard-title" className="sh-guard-title">This post could identify a patient.</p>
          <p id="sh-guard-text">{guardText(all)}</p>
          <div className="sh-actions">
            <button type="button" className="sh-primary" autoFocus onClick={() => actions.resolveGuard(false)}>
              Review
            </button>
            <button type="button" onClick={() => actions.resolveGuard(true)}>
              Post anyway
            </button>
          </div>
        </div>
      )}
      {expanded &&
        GROUPS.map(({ severity, title }) => {
          const group = sorted.filter((f) => f.severity === severity);
          return group.length === 0 ? null : (
            <section key={severity} className="sh-group" aria-label={title}>
              <h3 className="sh-group-title">{title}</h3>
              <ul className="sh-findings">
                {group.map((finding) => (
                  <FindingItem key={`${finding.ruleId}:${finding.start}:${finding.end}`} finding={finding} actions={actions} />
                ))}
              </ul>
            </section>
          );
        })}
      {expanded && quoted.length > 0 && (
        <section className="sh-quoted" aria-label="In the post you quote">
          <h3 className="sh-group-title">In the post you quote (you answer for what you share)</h3>
          <ul className="sh-findings">
            {quoted.map((finding) => (
              <FindingItem key={`q:${finding.ruleId}:${finding.start}`} finding={finding} actions={undefined} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
