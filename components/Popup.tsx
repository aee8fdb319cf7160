import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATEGORIES, categoryGroup, SEVERITY_LABELS } from '@/lib/analysis/categories';
import { PLATFORMS, type Category, type Platform, type Severity } from '@/lib/analysis/types';
import type { Flag, SafeHarborDB } from '@/lib/history/db';
import { sendMessage, type SiteHealth } from '@/lib/messaging';
import { siteName, siteNames } from '@/lib/sites/table';
import { dueLabel } from '@/lib/cases/due';
import { openCases } from '@/lib/cases/log';
import { usePopupStore } from './popup-store';
import { SeverityIcon } from './SeverityIcon';
import { useSettings } from './useSettings';

const DAY = 86_400_000;
const RECENT_DRAFTS = 20;
const OUTCOME_LABEL = { fixed: 'fixed', ignored: 'ignored', 'posted-anyway': 'posted anyway' } as const;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function timeAgo(then: number, now = Date.now()): string {
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleDateString();
}

/** The period in plain words, for sentences: "this week". */
const periodWords = (days: number): string => (days === 7 ? 'this week' : `in the last ${days} days`);

/** The period's story in one sentence, and the counts behind it. */
function Summary({ flags, draftsChecked, period }: { flags: readonly Flag[]; draftsChecked: number; period: number }) {
  const patientDrafts = new Set<string>();
  const postedAnyway = new Set<string>();
  for (const flag of flags) {
    if (categoryGroup(flag.category) !== 'patient') continue;
    patientDrafts.add(flag.draftId);
    if (flag.outcome === 'posted-anyway') postedAnyway.add(flag.draftId);
  }
  const checked = Math.max(draftsChecked, new Set(flags.map((f) => f.draftId)).size);
  const fixed = flags.filter((f) => f.outcome === 'fixed').length;
  const when = periodWords(period);
  const headline =
    patientDrafts.size === 0
      ? checked === 0
        ? `No drafts checked ${when} yet.`
        : `No patient details in your drafts ${when}. Well done.`
      : `${plural(patientDrafts.size, 'draft')} had patient details ${when}, ${postedAnyway.size === 0 ? 'none' : postedAnyway.size} posted anyway.`;
  return (
    <>
      <p className="headline" data-tone={postedAnyway.size > 0 ? 'alert' : patientDrafts.size > 0 ? 'caution' : 'calm'}>
        {headline}
      </p>
      <ul className="chips" aria-label={`Counts ${when}`}>
        <li>{plural(checked, 'draft')} checked</li>
        <li>{plural(flags.length, 'finding')}</li>
        {fixed > 0 && <li className="chip-fixed">{fixed} fixed</li>}
      </ul>
    </>
  );
}

/** Findings by category over the period, as bars as long as their share of the largest. */
function Chart({ flags, period }: { flags: readonly Flag[]; period: number }) {
  const counts = new Map<Category, number>();
  for (const flag of flags) counts.set(flag.category, (counts.get(flag.category) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...counts.values());
  if (rows.length === 0) return <p className="chart-empty">Nothing flagged {periodWords(period)}.</p>;
  return (
    <ul className="chart" aria-label={`Findings by category, last ${period} days`}>
      {rows.map(([category, count]) => (
        <li key={category} data-chart-category={category}>
          <span className="chart-label">{CATEGORIES[category].label}</span>
          <span className="chart-track" aria-hidden="true">
            <span className={`chart-bar chart-bar-${categoryGroup(category)}`} style={{ width: `${(count / max) * 100}%` }} />
          </span>
          <span className="chart-count">{count}</span>
        </li>
      ))}
    </ul>
  );
}

/** One category found in a draft (with how many times, if more than once) and what became of it. */
function FlagTag({ flags }: { flags: readonly Flag[] }) {
  const flag = flags[0]!;
  return (
    <li className="flag" data-category={flag.category} data-severity={flag.severity}>
      <SeverityIcon severity={flag.severity} />
      <span className="flag-category">
        {CATEGORIES[flag.category].label}
        {flags.length > 1 && <span className="flag-times"> ×{flags.length}</span>}
      </span>
      {flag.outcome && <span className={`flag-outcome outcome-${flag.outcome}`}>{OUTCOME_LABEL[flag.outcome]}</span>}
    </li>
  );
}

/** One draft: where and when, one masked excerpt (of its most severe finding), and what was found. */
function DraftRow({ flags }: { flags: readonly Flag[] }) {
  const ordered = [...flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.createdAt - b.createdAt || a.id - b.id);
  const first = ordered[0]!;
  const latest = Math.max(...flags.map((f) => f.createdAt));
  const tags = new Map<string, Flag[]>();
  for (const flag of ordered) tags.set(`${flag.category} ${flag.outcome}`, [...(tags.get(`${flag.category} ${flag.outcome}`) ?? []), flag]);
  return (
    <li className="draft" data-severity={first.severity}>
      <div className="flag-meta">
        {siteName(first.site)} · {first.surface} · <time dateTime={new Date(latest).toISOString()}>{timeAgo(latest)}</time>
      </div>
      <p className="flag-excerpt" title={`Excerpt of the ${SEVERITY_LABELS[first.severity].toLowerCase()} finding, patient details masked`}>
        {first.excerpt}
      </p>
      <ul className="flags" aria-label="Found">
        {[...tags].map(([key, same]) => (
          <FlagTag key={key} flags={same} />
        ))}
      </ul>
    </li>
  );
}

/** A switch for the site of the tab the popup was opened on. */
const BOX_NAMES: Record<string, string> = {
  post: 'post composer',
  reply: 'reply box',
  comment: 'comment box',
  caption: 'caption',
  title: 'title',
  description: 'description',
  community: 'community post',
};

/** The site-health line: what Safe Harbor is doing on the page in the active tab, as its content script says. */
export function healthLine(health: SiteHealth, paused: boolean): string {
  if (paused) return 'Paused on this site.';
  if (health.changed) return `Using the generic checker here: ${health.site}'s page changed.`;
  if (health.boxes.length === 0) return 'No compose box on this page.';
  const names = health.boxes.map((box) => (box.generic ? 'a text box, with the generic checker' : `${health.site} ${BOX_NAMES[box.surface] ?? box.surface}`));
  const distinct = [...new Set(names)];
  return `Checking ${health.boxes.length} compose ${health.boxes.length === 1 ? 'box' : 'boxes'} (${distinct.join(', ')}).`;
}

function SiteSwitch() {
  const { settings, change } = useSettings();
  const [site, setSite] = useState<Platform>();
  const [health, setHealth] = useState<SiteHealth>();
  useEffect(() => {
    void (async () => {
      // The toolbar popup is not a tab: the active tab is the page. Opened as a tab of its own
      // (from the options, or by a test), it speaks for the page used just before it. Tab addresses
      // are not always given without the "tabs" permission, so this page's own tab is known by its id.
      const self = await browser.tabs.getCurrent().catch(() => undefined);
      const ours = (t: { id?: number; url?: string }): boolean => (self?.id !== undefined && t.id === self.id) || !!t.url?.startsWith(browser.runtime.getURL('/'));
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      const tab = active && !ours(active) ? active : (await browser.tabs.query({})).filter((t) => !ours(t)).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      if (tab?.id === undefined) return;
      // Asked of the tab itself (only Safe Harbor's content script, on the sites it checks, answers):
      // the answer is computed there and goes nowhere else. Tab addresses are not read.
      const answer = await sendMessage('siteHealth', undefined, { tabId: tab.id, frameId: 0 }).catch(() => undefined);
      setSite(answer?.siteId);
      setHealth(answer);
    })().catch(() => undefined);
  }, []);
  if (!site || !settings || !health) return null;
  const on = !settings.pausedSites.includes(site);
  return (
    <div className="site-status">
      <label className="site-switch">
        <input type="checkbox" checked={on} onChange={() => void change(on ? { add: { pausedSites: [site] } } : { remove: { pausedSites: [site] } })} />
        Check my drafts on {siteName(site)}
      </label>
      <p className="site-health" data-changed={health.changed ? 'true' : undefined}>
        {healthLine(health, !on)}
      </p>
    </div>
  );
}

/** Open teaching cases, soonest due first; overdue ones marked. Shown first, only when there are some. */
function AnswersDue({ db }: { db: SafeHarborDB }) {
  const open = useLiveQuery(() => openCases(db), [db]);
  const [now] = useState(() => Date.now());
  if (!open?.length) return null;
  return (
    <section className="answers-due" aria-labelledby="answers-due">
      <h2 className="section-title" id="answers-due">
        Answers due
      </h2>
      <ul className="due-list">
        {open.slice(0, 5).map((c) => {
          const overdue = c.answerDue !== null && c.answerDue <= now;
          return (
            <li key={c.id} data-case={c.number} data-overdue={overdue || undefined}>
              <span className="due-case">
                Case #{c.number}
                {c.hashtag && <span className="due-tag"> #{c.hashtag}</span>}
              </span>
              {c.title && <span className="due-title">{c.title}</span>}
              <span className={overdue ? 'due-when overdue' : 'due-when'}>{c.answerDue === null ? 'no due date' : `${overdue ? '⚠ ' : ''}${dueLabel(c.answerDue, now)}`}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The popup: the week in a sentence, findings by category, recent drafts, links. */
export function Popup({ db }: { db: SafeHarborDB }) {
  const { site, setSite, period, setPeriod } = usePopupStore();
  // The background writes a draft's checks once typing pauses: what waits is written now, and shows.
  useEffect(() => void sendMessage('flushHistory', undefined).catch(() => undefined), []);
  // To the minute, so that the queries below are not made anew on every render.
  const since = Math.floor(Date.now() / 60_000) * 60_000 - period * DAY;
  const flags = useLiveQuery(() => db.flags.where('createdAt').above(Date.now() - 30 * DAY).toArray(), [db]);
  const draftsChecked = useLiveQuery(() => db.drafts.where('updatedAt').above(since).count(), [db, since]);
  const inPeriod = (flags ?? []).filter((flag) => flag.createdAt >= since);
  const siteCounts = PLATFORMS.map((p) => [p, inPeriod.filter((f) => f.site === p).length] as const).filter(([, count]) => count > 0);
  // A filter for a site with nothing on it shows nothing: such sites are not offered.
  const shownSite = site !== 'all' && siteCounts.some(([p]) => p === site) ? site : 'all';
  const shown = inPeriod.filter((flag) => shownSite === 'all' || flag.site === shownSite);
  const loading = flags === undefined || draftsChecked === undefined;
  const nothingYet = !loading && flags.length === 0 && draftsChecked === 0;
  const drafts = new Map<string, Flag[]>();
  for (const flag of [...shown].sort((a, b) => b.createdAt - a.createdAt)) drafts.set(flag.draftId, [...(drafts.get(flag.draftId) ?? []), flag]);

  return (
    <main className="popup">
      <header className="popup-header">
        <span className="popup-logo" aria-hidden="true">
          ⚓
        </span>
        <h1>Safe Harbor</h1>
        {!nothingYet && (
          <div className="period" role="group" aria-label="Period">
            {([7, 30] as const).map((days) => (
              <button key={days} type="button" aria-pressed={period === days} onClick={() => setPeriod(days)}>
                {days} days
              </button>
            ))}
          </div>
        )}
      </header>
      <SiteSwitch />
      <AnswersDue db={db} />
      {loading ? (
        <p className="empty">Loading…</p>
      ) : nothingYet ? (
        <div className="empty">
          <p className="empty-title">Nothing flagged yet</p>
          <p>Safe Harbor checks your drafts on {siteNames()} as you type. What it flags shows up here, with the patient details masked.</p>
        </div>
      ) : (
        <>
          <section className="summary" aria-label="Summary">
            <Summary flags={inPeriod} draftsChecked={draftsChecked ?? 0} period={period} />
          </section>
          {siteCounts.length > 1 && (
            <nav className="site-filter" aria-label="Filter by site">
              {[['all', inPeriod.length] as const, ...siteCounts].map(([id, count]) => (
                <button key={id} type="button" aria-pressed={shownSite === id} onClick={() => setSite(id)}>
                  {id === 'all' ? 'All sites' : `${siteName(id)} · ${plural(count, 'finding')}`}
                </button>
              ))}
            </nav>
          )}
          <h2 className="section-title">By category</h2>
          <Chart flags={shown} period={period} />
          {drafts.size > 0 && (
            <>
              <h2 className="section-title" id="recent-drafts">
                Recent drafts
              </h2>
              <div className="drafts-scroll" role="region" aria-labelledby="recent-drafts" tabIndex={0}>
                <ol className="drafts">
                  {[...drafts].slice(0, RECENT_DRAFTS).map(([draftId, rows]) => (
                    <DraftRow key={draftId} flags={rows} />
                  ))}
                </ol>
              </div>
            </>
          )}
        </>
      )}
      <nav className="popup-links" aria-label="More">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Options
        </a>
        <a href={browser.runtime.getURL('/checker.html')} target="_blank" rel="noreferrer">
          Check a long text
        </a>
        <a href={browser.runtime.getURL('/cases.html')} target="_blank" rel="noreferrer">
          Cases
        </a>
      </nav>
      <footer className="popup-footer">Checked on this computer. Drafts never leave it.</footer>
    </main>
  );
}
