import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATEGORIES } from '@/lib/analysis/categories';
import { PLATFORMS, type Category, type Platform } from '@/lib/analysis/types';
import type { Flag, SafeHarborDB } from '@/lib/history/db';
import { SITES, siteForHost } from '@/lib/sites';
import { usePopupStore } from './popup-store';
import { SeverityIcon } from './SeverityIcon';
import { useSettings } from './useSettings';

const DAY = 86_400_000;
const RECENT_DRAFTS = 20;
const SITE_NAMES = Object.fromEntries(SITES.map((site) => [site.id, site.name])) as Record<Platform, string>;
const OUTCOME_LABEL = { fixed: 'fixed', ignored: 'ignored', 'posted-anyway': 'posted anyway' } as const;

function timeAgo(then: number, now = Date.now()): string {
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleDateString();
}

function FlagRow({ flag, showExcerpt }: { flag: Flag; showExcerpt: boolean }) {
  return (
    <li className="flag" data-category={flag.category} data-severity={flag.severity}>
      <SeverityIcon severity={flag.severity} />
      <div className="flag-body">
        <div className="flag-line">
          <span className="flag-category">{CATEGORIES[flag.category].label}</span>
          {flag.outcome && <span className={`flag-outcome outcome-${flag.outcome}`}>{OUTCOME_LABEL[flag.outcome]}</span>}
        </div>
        {showExcerpt && <p className="flag-excerpt">{flag.excerpt}</p>}
      </div>
    </li>
  );
}

/** Counts by category over the period, as bars. */
function Chart({ flags, period }: { flags: readonly Flag[]; period: number }) {
  const since = Date.now() - period * DAY;
  const counts = new Map<Category, number>();
  for (const flag of flags) if (flag.createdAt >= since) counts.set(flag.category, (counts.get(flag.category) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...counts.values());
  if (rows.length === 0) return <p className="chart-empty">Nothing flagged in the last {period} days.</p>;
  return (
    <ul className="chart" aria-label={`Flags by category, last ${period} days`}>
      {rows.map(([category, count]) => (
        <li key={category} data-chart-category={category}>
          <span className="chart-label">{CATEGORIES[category].label}</span>
          <span className="chart-bar" style={{ width: `${(count / max) * 100}%` }} aria-hidden="true" />
          <span className="chart-count">{count}</span>
        </li>
      ))}
    </ul>
  );
}

/** A switch for the site of the tab the popup was opened on. */
function SiteSwitch() {
  const { settings, change } = useSettings();
  const [site, setSite] = useState<Platform>();
  useEffect(() => {
    void browser.tabs
      ?.query({ active: true, currentWindow: true })
      .then(([tab]) => setSite(tab?.url ? siteForHost(new URL(tab.url).hostname)?.id : undefined))
      .catch(() => undefined);
  }, []);
  if (!site || !settings) return null;
  const on = !settings.pausedSites.includes(site);
  return (
    <label className="site-switch">
      <input type="checkbox" checked={on} onChange={() => void change(on ? { add: { pausedSites: [site] } } : { remove: { pausedSites: [site] } })} />
      Check my drafts on {SITE_NAMES[site]}
    </label>
  );
}

/** The popup: flags of the last 30 days at a glance, recent drafts with their flags, links. */
export function Popup({ db }: { db: SafeHarborDB }) {
  const { site, setSite, period, setPeriod } = usePopupStore();
  const flags = useLiveQuery(() => db.flags.where('createdAt').above(Date.now() - 30 * DAY).toArray(), [db]);
  const shown = (flags ?? []).filter((flag) => site === 'all' || flag.site === site);
  const drafts = new Map<string, Flag[]>();
  for (const flag of [...shown].sort((a, b) => b.createdAt - a.createdAt)) drafts.set(flag.draftId, [...(drafts.get(flag.draftId) ?? []), flag]);
  const siteTotals = PLATFORMS.map((p) => [p, (flags ?? []).filter((f) => f.site === p).length] as const);

  return (
    <main className="popup">
      <header className="popup-header">
        <span className="popup-logo" aria-hidden="true">⚓</span>
        <h1>Safe Harbor</h1>
      </header>
      <SiteSwitch />
      <nav className="site-filter" aria-label="Filter by site">
        {(['all', ...PLATFORMS] as const).map((id) => (
          <button key={id} type="button" aria-pressed={site === id} onClick={() => setSite(id)}>
            {id === 'all' ? 'All sites' : `${SITE_NAMES[id]} ${siteTotals.find(([p]) => p === id)![1]}`}
          </button>
        ))}
      </nav>
      {flags === undefined ? (
        <p className="empty">Loading…</p>
      ) : shown.length === 0 ? (
        <div className="empty">
          <p className="empty-title">Nothing flagged {site === 'all' ? 'yet' : `on ${SITE_NAMES[site]}`}</p>
          <p>Safe Harbor checks your drafts on X, Instagram, YouTube and TikTok as you type. What it flags shows up here, with the patient details masked.</p>
        </div>
      ) : (
        <>
          <div className="section-head">
            <h2 className="section-title">By category</h2>
            <div className="period" role="group" aria-label="Period">
              {([7, 30] as const).map((days) => (
                <button key={days} type="button" aria-pressed={period === days} onClick={() => setPeriod(days)}>
                  {days} days
                </button>
              ))}
            </div>
          </div>
          <Chart flags={shown} period={period} />
          <h2 className="section-title">Recent drafts</h2>
          <ol className="drafts">
            {[...drafts].slice(0, RECENT_DRAFTS).map(([draftId, rows]) => (
              <li key={draftId} className="draft">
                <div className="flag-meta">
                  {SITE_NAMES[rows[0]!.site]} · {rows[0]!.surface} · <time dateTime={new Date(rows[0]!.createdAt).toISOString()}>{timeAgo(rows[0]!.createdAt)}</time>
                </div>
                <ul className="flags">
                  {rows.map((flag, i) => (
                    // Findings close together share one excerpt: show each different excerpt once.
                    <FlagRow key={flag.id} flag={flag} showExcerpt={rows.findIndex((r) => r.excerpt === flag.excerpt) === i} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
      <nav className="popup-links" aria-label="More">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Options
        </a>
        <a href={browser.runtime.getURL('/checker.html')} target="_blank" rel="noreferrer">
          Check a long text
        </a>
      </nav>
      <footer className="popup-footer">Checked on this device. Drafts never leave your computer.</footer>
    </main>
  );
}
