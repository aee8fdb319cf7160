import { useDeferredValue, useMemo, useState } from 'react';
import { analyze, CATEGORIES, isTruncated, MAX_CHECKED_LENGTH, PLATFORMS, type Finding, type Platform, type Surface } from '@/lib/analysis';
import { analysisContext } from '@/lib/settings/effective';
import { SITES } from '@/lib/sites';
import { SeverityIcon } from './SeverityIcon';
import { useSettings } from './useSettings';

const SITE_NAMES = Object.fromEntries(SITES.map((site) => [site.id, site.name])) as Record<Platform, string>;
const SURFACE: Record<Platform, Surface> = { x: 'post', instagram: 'caption', youtube: 'description', tiktok: 'caption' };

/** The draft with flagged words marked; everything is rendered as text. */
function Marked({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const f of [...findings].filter((f) => f.category !== 'prof.disclaimer_missing').sort((a, b) => a.start - b.start)) {
    if (f.start < cursor) continue;
    parts.push(text.slice(cursor, f.start));
    parts.push(
      <mark key={`${f.ruleId}:${f.start}`} className={`mark-${f.severity}`} title={f.message}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    cursor = f.end;
  }
  parts.push(text.slice(cursor));
  return <pre className="marked">{parts}</pre>;
}

/** Paste a long text (a video script, a whole thread) and see every finding, with the same engine. */
export function Checker() {
  const { settings } = useSettings();
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('youtube');
  const deferred = useDeferredValue(text);
  const findings = useMemo(
    () => (settings ? analyze(deferred, analysisContext(settings, platform, SURFACE[platform])) : []),
    [deferred, platform, settings],
  );
  return (
    <main className="options checker">
      <h1>
        <span aria-hidden="true">⚓</span> Safe Harbor checker
      </h1>
      <section>
        <label htmlFor="platform">Where it will be posted</label>
        <select id="platform" value={platform} onChange={(event) => setPlatform(event.target.value as Platform)}>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {SITE_NAMES[p]}
            </option>
          ))}
        </select>
        <label htmlFor="draft">Your text</label>
        <textarea id="draft" rows={10} value={text} placeholder="Paste a script, a caption or a whole thread." onChange={(event) => setText(event.target.value)} />
        <p role="status">{deferred.trim() ? `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}` : 'Nothing checked yet.'}</p>
        {isTruncated(deferred) && <p className="hint">Only the first {MAX_CHECKED_LENGTH.toLocaleString('en-US')} characters were checked: check the rest separately.</p>}
      </section>
      {findings.length > 0 && (
        <section aria-label="Findings">
          <Marked text={deferred} findings={findings} />
          <ul className="checker-findings">
            {findings.map((f) => (
              <li key={`${f.ruleId}:${f.start}:${f.end}`} data-category={f.category}>
                <SeverityIcon severity={f.severity} /> <strong>{CATEGORIES[f.category].label}</strong> {f.message}
                {f.suggestions[0] && <span className="suggestion"> Suggestion: {f.suggestions[0].label}.</span>}
                <div className="hint">{f.note}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
