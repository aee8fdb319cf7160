import { useDeferredValue, useMemo, useRef, useState } from 'react';
import {
  analyze,
  CATEGORIES,
  categoryGroup,
  GROUPS,
  isTruncated,
  MAX_CHECKED_LENGTH,
  PLATFORMS,
  SEVERITY_LABELS,
  type CategoryGroup,
  type Finding,
  type Platform,
  type Suggestion,
  type Surface,
} from '@/lib/analysis';
import { analysisContext } from '@/lib/settings/effective';
import { FIRST_PLATFORM, siteName, siteRow, SITE_TABLE } from '@/lib/sites/table';
import { SeverityIcon } from './SeverityIcon';
import { useSettings } from './useSettings';

const SURFACE = (platform: Platform): Surface => siteRow(platform)!.postSurface;
const findingKey = (f: Finding): string => `${f.ruleId}:${f.start}:${f.end}`;
/** A finding about the whole text (no disclaimer) has no words of its own to select or mark. */
const hasSpan = (f: Finding): boolean => f.end > f.start;

/** The draft with flagged words marked; everything is rendered as text. */
function Marked({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const f of [...findings].filter(hasSpan).sort((a, b) => a.start - b.start)) {
    if (f.start < cursor) continue;
    parts.push(text.slice(cursor, f.start));
    parts.push(
      <mark key={findingKey(f)} className={`mark-${f.severity}`} title={f.message}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    cursor = f.end;
  }
  parts.push(text.slice(cursor));
  return (
<pre className="marked">{parts}</pre>
  );
}

function FindingItem({ finding, onSelect, onFix }: { finding: Finding; onSelect(): void; onFix(suggestion: Suggestion): void }) {
  const headline = (
    <>
      <SeverityIcon severity={finding.severity} decorative />
      <span>
        <strong>{CATEGORIES[finding.category].label}:</strong> {finding.message} <span className="finding-severity">{SEVERITY_LABELS[finding.severity]}</span>
      </span>
    </>
  );
  return (
    <li data-category={finding.category} data-severity={finding.severity}>
      {hasSpan(finding) ? (
        <button type="button" className="finding-select" onClick={onSelect} title="Select these words in your text">
          {headline}
        </button>
      ) : (
        <div className="finding-select">{headline}</div>
      )}
      <p className="finding-note">{finding.note}</p>
      {finding.suggestions.length > 0 && (
        <div className="finding-fixes" role="group" aria-label={`Fixes for: ${CATEGORIES[finding.category].label}`}>
          {finding.suggestions.map((suggestion, i) => (
            <button key={i} type="button" className={i === 0 ? 'primary' : undefined} onClick={() => onFix(suggestion)}>
              {suggestion.label}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

/** Paste a long text (a video script, a whole thread) and see every finding, with the same engine. */
export function Checker() {
  const { settings } = useSettings();
  const [text, setText] = useState('');
  // A long text is most often a video's description.
  const [platform, setPlatform] = useState<Platform>(SITE_TABLE.find((site) => site.postSurface === 'description')?.id ?? FIRST_PLATFORM);
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const deferred = useDeferredValue(text);
  const findings = useMemo(
    () => (settings ? analyze(deferred, analysisContext(settings, platform, SURFACE(platform))) : []),
    [deferred, platform, settings],
  );
  // Offsets belong to the text that was checked: while newer typing is still being checked, they wait.
  const current = deferred === text;
  const groups = (Object.keys(GROUPS) as CategoryGroup[])
    .map((group) => [group, findings.filter((f) => categoryGroup(f.category) === group)] as const)
    .filter(([, items]) => items.length > 0);

  const select = (finding: Finding) => {
    const draft = draftRef.current;
    if (!draft || !current) return;
    draft.focus();
    draft.setSelectionRange(finding.start, finding.end);
  };
  const fix = (suggestion: Suggestion) => {
    if (!current) return;
    const next = text.slice(0, suggestion.start) + suggestion.text + text.slice(suggestion.end);
    setText(next);
    const caret = suggestion.start + suggestion.text.length;
    requestAnimationFrame(() => {
      draftRef.current?.focus();
      draftRef.current?.setSelectionRange(caret, caret);
    });
  };

  return (
    <main className="options checker">
      <h1>
        <span className="logo" aria-hidden="true">
          ⚓
        </span>{' '}
        Safe Harbor checker
      </h1>
      <section className="checker-input" aria-label="Text to check">
        <p className="hint">Paste a script, a caption or a whole thread. It is checked on this computer and never sent anywhere.</p>
        <label htmlFor="platform">Where it will be posted</label>
        <select id="platform" value={platform} onChange={(event) => setPlatform(event.target.value as Platform)}>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {siteName(p)}
            </option>
          ))}
        </select>
        <label htmlFor="draft">Your text</label>
        <textarea id="draft" ref={draftRef} rows={10} value={text} onChange={(event) => setText(event.target.value)} />
        <p role="status" className="checker-status">
          {!deferred.trim() ? 'Nothing checked yet.' : findings.length === 0 ? 'No findings: nothing here could identify a patient or look unprofessional.' : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`}
        </p>
        {isTruncated(deferred) && <p className="hint">Only the first {MAX_CHECKED_LENGTH.toLocaleString('en-US')} characters were checked: check the rest separately.</p>}
      </section>
      {findings.length > 0 && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">Findings</h2>
          <p className="hint">Select a finding to highlight its words in your text.</p>
          <Marked text={deferred} findings={findings} />
          {groups.map(([group, items]) => (
            <div key={group} className="finding-group" data-group={group}>
              <h3 id={`group-${group}`}>
                {GROUPS[group].title} <span className="count">({items.length})</span>
              </h3>
              <ul className="checker-findings" aria-labelledby={`group-${group}`}>
                {items.map((finding) => (
                  <FindingItem key={findingKey(finding)} finding={finding} onSelect={() => select(finding)} onFix={fix} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </main>
  );
}
