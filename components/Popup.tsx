import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { CATEGORIES, PLATFORMS, ruleById, type Platform } from '@/lib/analysis';
import type { Flag, SafeHarborDB } from '@/lib/db';
import { SITES } from '@/lib/sites';
import { usePopupStore } from './popup-store';
import { SeverityIcon } from './SeverityIcon';

const RECENT_LIMIT = 50;
const SITE_NAMES = Object.fromEntries(SITES.map((site) => [site.id, site.name])) as Record<Platform, string>;

function timeAgo(then: number, now = Date.now()): string {
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleDateString();
}

function FlagRow({ flag }: { flag: Flag }) {
  return (
    <li className="flag" data-category={flag.category} data-severity={flag.severity}>
      <SeverityIcon severity={flag.severity} />
      <div className="flag-body">
        <div className="flag-line">
          <span className="flag-category">{CATEGORIES[flag.category].label}</span>
          <span className="flag-rule">{ruleById(flag.ruleId)?.title ?? flag.ruleId}</span>
        </div>
        <p className="flag-excerpt">{flag.excerpt}</p>
        <div className="flag-meta">
          {SITE_NAMES[flag.site]} · {flag.surface} · <time dateTime={new Date(flag.createdAt).toISOString()}>{timeAgo(flag.createdAt)}</time>
        </div>
      </div>
    </li>
  );
}

/** Recent flags, newest first. Reads history straight from IndexedDB and follows it live. */
export function Popup({ db }: { db: SafeHarborDB }) {
  const { site, setSite } = usePopupStore();
  const flags = useLiveQuery(async () => {
    const newest = db.flags.orderBy('createdAt').reverse();
    return (site === 'all' ? newest : newest.filter((flag) => flag.site === site)).limit(RECENT_LIMIT).toArray();
  }, [db, site]);

  return (
    <main className="popup">
      <header className="popup-header">
        <span className="popup-logo" aria-hidden="true">⚓</span>
        <h1>Safe Harbor</h1>
      </header>
      <nav className="site-filter" aria-label="Filter by site">
        {(['all', ...PLATFORMS] as const).map((id) => (
          <button key={id} type="button" aria-pressed={site === id} onClick={() => setSite(id)}>
            {id === 'all' ? 'All sites' : SITE_NAMES[id]}
          </button>
        ))}
      </nav>
      <h2 className="section-title">Recent flags</h2>
      {flags === undefined ? (
        <p className="empty">Loading…</p>
      ) : flags.length === 0 ? (
        <div className="empty">
          <p className="empty-title">Nothing flagged {site === 'all' ? 'yet' : `on ${SITE_NAMES[site]}`}</p>
          <p>Safe Harbor checks your drafts on X, Instagram, YouTube and TikTok as you type. What it flags shows up here, with the patient details masked.</p>
        </div>
      ) : (
        <ul className="flags">
          {flags.map((flag) => (
            <FlagRow key={flag.id} flag={flag} />
          ))}
        </ul>
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
