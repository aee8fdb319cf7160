import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { dueLabel, WEEKDAY_NAMES } from '@/lib/cases/due';
import { CASE_STATUS_LABEL, casesCsv, guessMapping, parseCsv, type ColumnMapping, type ImportReport } from '@/lib/cases/spreadsheet';
import { sendMessage } from '@/lib/messaging';
import { browser } from 'wxt/browser';
import { useSettings } from './useSettings';
import { CASE_STATUSES, type CaseStatus, type SafeHarborDB, type TeachingCase } from '@/lib/history/db';
import { PLATFORMS, type Platform } from '@/lib/analysis/types';
import { siteName } from '@/lib/sites/table';

const FIELDS: Array<[keyof ColumnMapping, string]> = [
  ['number', 'Case number'],
  ['title', 'Title'],
  ['hashtag', 'Hashtag'],
  ['site', 'Site'],
  ['posted', 'Posted on'],
  ['answerDue', 'Answer due'],
  ['answered', 'Answered on'],
];

function download(name: string, type: string, content: BlobPart): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const day = (time: number | null): string => (time === null ? '' : new Date(time).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }));
const month = (time: number): string => new Date(time).toLocaleDateString(undefined, { year: 'numeric', month: 'long' });

function countBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts];
}

/** The spreadsheet an educator keeps by hand, built in: every case, filters, counts, export and import. */
export function Cases({ db }: { db: SafeHarborDB }) {
  const cases = useLiveQuery(() => db.cases.orderBy('number').toArray(), [db]);
  const [status, setStatus] = useState<CaseStatus | 'all'>('all');
  const [site, setSite] = useState<Platform | 'all'>('all');
  const [hashtag, setHashtag] = useState('all');
  const [now] = useState(() => Date.now());
  const shown = useMemo(
    () => (cases ?? []).filter((c) => (status === 'all' || c.status === status) && (site === 'all' || c.site === site) && (hashtag === 'all' || c.hashtag === hashtag)),
    [cases, status, site, hashtag],
  );
  const hashtags = [...new Set((cases ?? []).map((c) => c.hashtag).filter(Boolean))].sort();

  return (
    <main className="options cases-page">
      <h1>Teaching cases</h1>
      <p className="hint">
        Your unknowns and their answers, logged from the badge as you post. Only numbers, dates, the site, the hashtag and your checked title are kept, on this computer;
        never a post's text or images.
      </p>
      <Schedule />
      {cases === undefined ? (
        <p>Loading…</p>
      ) : (
        <>
          <section aria-labelledby="counts">
            <h2 id="counts">Counts</h2>
            <div className="case-counts">
              <CountTable caption="Per hashtag" counts={countBy(cases, (c) => (c.hashtag ? `#${c.hashtag}` : 'No hashtag'))} />
              <CountTable caption="Per month" counts={countBy(cases, (c) => month(c.postedAt ?? c.createdAt))} />
            </div>
          </section>

          <section aria-labelledby="all-cases">
            <h2 id="all-cases">Cases</h2>
            <div className="case-filters" role="group" aria-label="Filters">
              <label>
                Status{' '}
                <select value={status} onChange={(event) => setStatus(event.target.value as CaseStatus | 'all')}>
                  <option value="all">All</option>
                  {CASE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {CASE_STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Site{' '}
                <select value={site} onChange={(event) => setSite(event.target.value as Platform | 'all')}>
                  <option value="all">All sites</option>
                  {PLATFORMS.map((p) => (
                    <option key={p} value={p}>
                      {siteName(p)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Hashtag{' '}
                <select value={hashtag} onChange={(event) => setHashtag(event.target.value)}>
                  <option value="all">All hashtags</option>
                  {hashtags.map((tag) => (
                    <option key={tag} value={tag}>
                      #{tag}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {shown.length === 0 ? (
              <p className="hint">{cases.length === 0 ? 'No cases yet. Write an unknown ("Unknown case #1 … answer Friday") and log it from the badge.' : 'No case matches these filters.'}</p>
            ) : (
              <div className="case-table-scroll" role="region" aria-labelledby="all-cases" tabIndex={0}>
                <table className="case-table">
                  <thead>
                    <tr>
                      <th scope="col">Case</th>
                      <th scope="col">Title</th>
                      <th scope="col">Hashtag</th>
                      <th scope="col">Site</th>
                      <th scope="col">Status</th>
                      <th scope="col">Posted</th>
                      <th scope="col">Answer due</th>
                      <th scope="col">Answered</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((c) => (
                      <CaseRow key={c.id} item={c} now={now} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <div className="actions">
              <button type="button" onClick={() => download('safe-harbor-cases.csv', 'text/csv', casesCsv(cases))}>
                Export cases (CSV)
              </button>
              <button
                type="button"
                onClick={async () => {
                  const { casesXlsx } = await import('@/lib/cases/xlsx');
                  download('safe-harbor-cases.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', (await casesXlsx(cases)) as BlobPart);
                }}
              >
                Export cases (Excel)
              </button>
            </div>
          </section>

          <ImportCases />
        </>
      )}
    </main>
  );
}

/** The user's weekly rhythm, as set in the options. */
function Schedule() {
  const { settings } = useSettings();
  if (!settings) return null;
  const parts = [
    settings.questionWeekday !== null ? `unknowns on ${WEEKDAY_NAMES[settings.questionWeekday]}` : '',
    settings.answerWeekday !== null ? `answers due on ${WEEKDAY_NAMES[settings.answerWeekday]}` : `answers due ${settings.answerAfterHours} hours after posting`,
  ].filter(Boolean);
  return (
    <p className="hint">
      Your schedule: {parts.join(', ')}
      {settings.caseHashtag ? `; tracked with #${settings.caseHashtag}` : ''}. Change it in the{' '}
      <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
        options
      </a>
      .
    </p>
  );
}

function CountTable({ caption, counts }: { caption: string; counts: Array<[string, number]> }) {
  return (
    <table>
      <caption>{caption}</caption>
      <tbody>
        {counts.map(([label, n]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CaseRow({ item, now }: { item: TeachingCase; now: number }) {
  const overdue = item.status === 'question-posted' && item.answerDue !== null && item.answerDue <= now;
  return (
    <tr data-case={item.number} data-status={item.status} data-overdue={overdue || undefined}>
      <th scope="row">#{item.number}</th>
      <td>{item.title}</td>
      <td>{item.hashtag && `#${item.hashtag}`}</td>
      <td>{siteName(item.site)}</td>
      <td>
        {CASE_STATUS_LABEL[item.status]}
        {item.status === 'question-posted' && (
          <button type="button" className="link-button" aria-label={`Mark case #${item.number} answered`} onClick={() => void sendMessage('markCaseAnswered', item.id)}>
            Mark answered
          </button>
        )}
      </td>
      <td>{day(item.postedAt)}</td>
      <td className={overdue ? 'overdue' : undefined}>
        {day(item.answerDue)}
        {item.status === 'question-posted' && item.answerDue !== null && <span className="due-note"> ({dueLabel(item.answerDue, now)})</span>}
      </td>
      <td>{day(item.answeredAt)}</td>
    </tr>
  );
}

/** Import an existing spreadsheet: pick the file, say which column is which, import, and see every row refused and why. */
function ImportCases() {
  const [rows, setRows] = useState<string[][] | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [report, setReport] = useState<{ imported: number; refused: ImportReport['refused'] } | undefined>();
  const [error, setError] = useState('');
  const header = rows?.[0] ?? [];
  return (
    <section aria-labelledby="import">
      <h2 id="import">Import a spreadsheet</h2>
      <p className="hint">A CSV file with one case per row and its column names in the first row, as a spreadsheet saves it.</p>
      <label className="file">
        Choose a CSV file
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setReport(undefined);
            setError('');
            if (!file) return;
            if (file.size > 5 * 1024 * 1024) return setError('This file is over 5 MB: is it the right one?');
            const parsed = parseCsv(await file.text());
            if (parsed.length < 2) return setError('This file has no rows under its column names.');
            setRows(parsed);
            setMapping(guessMapping(parsed[0]!));
          }}
        />
      </label>
      {error && <p role="alert">{error}</p>}
      {rows && (
        <form
          className="column-mapping"
          aria-label="Which column is which"
          onSubmit={async (event) => {
            event.preventDefault();
            const result = await sendMessage('importCases', { rows, mapping }).catch((failure: Error) => ({ imported: 0, refused: [{ row: 1, reason: failure.message }] }));
            setReport(result);
            setRows(undefined);
          }}
        >
          <p>
            {rows.length - 1} rows. Which column is which?
          </p>
          {FIELDS.map(([field, label]) => (
            <label key={field}>
              {label}{' '}
              <select
                value={mapping[field] ?? ''}
                onChange={(event) => setMapping({ ...mapping, [field]: event.target.value === '' ? undefined : Number(event.target.value) })}
              >
                <option value="">(none)</option>
                {header.map((name, i) => (
                  <option key={i} value={i}>
                    {name || `Column ${i + 1}`}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <div className="actions">
            <button type="submit" disabled={mapping.number === undefined}>
              Import
            </button>
            <button type="button" onClick={() => setRows(undefined)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {report && (
        <div role="status" className="import-report">
          <p>
            Imported {report.imported} case{report.imported === 1 ? '' : 's'}
            {report.refused.length ? `; ${report.refused.length} row${report.refused.length === 1 ? '' : 's'} refused:` : '.'}
          </p>
          {report.refused.length > 0 && (
            <ul>
              {report.refused.map((r) => (
                <li key={r.row}>
                  Row {r.row}: {r.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
