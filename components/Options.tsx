import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { CATEGORIES, PLATFORMS, RULES, type Platform, type Severity } from '@/lib/analysis';
import { disclaimerInsertion } from '@/lib/disclaimer';
import { historyCsv } from '@/lib/history/csv';
import type { SafeHarborDB } from '@/lib/history/db';
import { clearHistory } from '@/lib/history/record';
import { measure } from '@/lib/limits';
import { requestSettingsImport } from '@/lib/settings/client';
import { exportSettings, MAX_SETTINGS_FILE_BYTES } from '@/lib/settings/file';
import { readUserSettings } from '@/lib/settings/user-settings';
import { SITES } from '@/lib/sites';
import { useSettings } from './useSettings';

const SITE_NAMES = Object.fromEntries(SITES.map((site) => [site.id, site.name])) as Record<Platform, string>;
const MAIN_LIMIT: Record<Platform, number> = { x: 280, instagram: 2200, youtube: 5000, tiktok: 2200 };
const PREVIEW_POST = 'Classic Segond fracture on knee MRI: think ACL tear.';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const LOCKED = 'Set by your institution';

function DisclaimerEditor({ platform, value, locked, onChange }: { platform: Platform; value: string; locked: boolean; onChange(text: string): void }) {
  const preview = PREVIEW_POST + disclaimerInsertion(PREVIEW_POST, value);
  const left = MAIN_LIMIT[platform] - measure(platform, preview);
  return (
    <div className="disclaimer" data-platform={platform}>
      <label htmlFor={`disclaimer-${platform}`}>
        {SITE_NAMES[platform]}
        {locked && <span className="locked"> · {LOCKED}</span>}
      </label>
      <textarea id={`disclaimer-${platform}`} value={value} rows={2} disabled={locked} onChange={(event) => onChange(event.target.value)} />
      <div className="preview" aria-label={`Preview on ${SITE_NAMES[platform]}`}>
        <pre>{preview}</pre>
        <span className={left < 0 ? 'over' : ''}>
          {left} of {MAIN_LIMIT[platform]} left{platform === 'x' ? ' (X counts emoji as 2 and links as 23)' : ''}
        </span>
      </div>
    </div>
  );
}

/** One word or name per line; blank lines are kept while typing and dropped when saved. */
function AllowListEditor({ initial, onSave }: { initial: readonly string[]; onSave(words: string[]): void }) {
  const [text, setText] = useState(initial.join('\n'));
  const [editing, setEditing] = useState(false);
  const stored = initial.join('\n');
  // Words changed elsewhere (the panel, an import, "forget allowed words") show here unless the user is typing.
  useEffect(() => {
    if (!editing) setText(stored);
  }, [stored, editing]);
  return (
    <textarea
      onFocus={() => setEditing(true)}
      onBlur={() => setEditing(false)}
      aria-labelledby="allowed"
      rows={5}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onSave(event.target.value.split('\n').map((w) => w.trim()).filter(Boolean));
      }}
    />
  );
}

/** The options page: disclaimers, rules, sites, allowed words, the settings file and history. */
export function Options({ db }: { db: SafeHarborDB }) {
  const { settings, change, error } = useSettings();
  const [importMessage, setImportMessage] = useState<string>();
  const [confirmClear, setConfirmClear] = useState(false);
  const [forgetWords, setForgetWords] = useState(false);
  const flagCount = useLiveQuery(() => db.flags.count(), [db]);
  if (!settings) return <main className="options">Loading…</main>;
  const { policy } = settings;
  const lockedRules = new Set(policy.lockedRules ?? []);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_SETTINGS_FILE_BYTES) return setImportMessage('Not imported: this file is larger than 1 MB; a settings file is far smaller. Your settings are unchanged.');
    const result = await requestSettingsImport(await file.text());
    setImportMessage('error' in result ? result.error : 'Settings imported.');
  };

  const clear = async () => {
    await clearHistory(db);
    if (forgetWords) await change({ set: { allowList: [], ignored: [] } });
    setConfirmClear(false);
    setForgetWords(false);
  };

  return (
    <main className="options">
      <h1>
        <span aria-hidden="true">⚓</span> Safe Harbor options
      </h1>
      {error && (
        <p className="save-error" role="alert">
          {error}
        </p>
      )}

      {(policy.policyUrl || Object.keys(policy).length > 0) && (
        <p className="policy" role="note">
          Your institution manages some of these settings; they are marked "{LOCKED}".{' '}
          {policy.policyUrl && (
            <a href={policy.policyUrl} target="_blank" rel="noreferrer">
              Read its social-media policy
            </a>
          )}
        </p>
      )}

      <section aria-labelledby="disclaimers">
        <h2 id="disclaimers">Disclaimers</h2>
        <p className="hint">"Insert disclaimer" adds this at the end of your post. Use your institution's wording where it has one.</p>
        {PLATFORMS.map((platform) => (
          <DisclaimerEditor
            key={platform}
            platform={platform}
            value={settings.disclaimers[platform]}
            locked={policy.disclaimers?.[platform] !== undefined}
            onChange={(text) => void change({ setEntries: { disclaimers: { [platform]: text } } })}
          />
        ))}
        <label htmlFor="short-disclaimer">Short form, offered when the full one does not fit</label>
        <input id="short-disclaimer" value={settings.shortDisclaimer} disabled={policy.shortDisclaimer !== undefined} onChange={(event) => void change({ set: { shortDisclaimer: event.target.value } })} />
      </section>

      <section aria-labelledby="rules">
        <h2 id="rules">Rules</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">On</th>
              <th scope="col">Rule</th>
              <th scope="col">Category</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {RULES.map((rule) => {
              const on = !settings.disabledRules.includes(rule.id);
              const ruleLocked = lockedRules.has(rule.id);
              const severityLocked = policy.severities?.[rule.id] !== undefined;
              return (
                <tr key={rule.id} data-rule={rule.id} data-locked={ruleLocked || severityLocked || undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Check for: ${rule.title}`}
                      title={ruleLocked ? LOCKED : undefined}
                      disabled={ruleLocked}
                      checked={on}
                      onChange={() => void change(on ? { add: { disabledRules: [rule.id] } } : { remove: { disabledRules: [rule.id] } })}
                    />
                  </td>
                  <td title={rule.note}>
                    {rule.title}
                    {(ruleLocked || severityLocked) && <span className="locked"> · {LOCKED}</span>}
                  </td>
                  <td>{CATEGORIES[rule.category].label}</td>
                  <td>
                    <select
                      aria-label={`Severity of ${rule.title}`}
                      disabled={severityLocked}
                      value={settings.severities[rule.id] ?? rule.severity}
                      onChange={(event) => void change({ setEntries: { severities: { [rule.id]: event.target.value as Severity } } })}
                    >
                      <option value="error">Error</option>
                      <option value="warning">Warning</option>
                      <option value="info">Info</option>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Sites</h2>
        {PLATFORMS.map((platform) => {
          const on = !settings.pausedSites.includes(platform);
          return (
            <label key={platform} className="check">
              <input
                type="checkbox"
                checked={on}
                onChange={() => void change(on ? { add: { pausedSites: [platform] } } : { remove: { pausedSites: [platform] } })}
              />
              Check my drafts on {SITE_NAMES[platform]}
            </label>
          );
        })}
        <label className="check">
          <input type="checkbox" checked={settings.postGuard} disabled={policy.postGuard !== undefined} onChange={() => void change({ set: { postGuard: !settings.postGuard } })} />
          Ask before posting while something could identify a patient
          {policy.postGuard !== undefined && <span className="locked"> · {LOCKED}</span>}
        </label>
      </section>

      <section aria-labelledby="allowed">
        <h2 id="allowed">Allowed words</h2>
        <p className="hint">Your own names and handles, colleagues and your institution: never flagged. One per line.</p>
        <AllowListEditor initial={settings.allowList} onSave={(allowList) => void change({ set: { allowList } })} />
        <p>
          {settings.ignored.length} {settings.ignored.length === 1 ? 'finding' : 'findings'} ignored in place.{' '}
          {settings.ignored.length > 0 && (
            <button type="button" onClick={() => void change({ set: { ignored: [] } })}>
              Flag them again
            </button>
          )}
        </p>
      </section>

      <section aria-labelledby="file">
        <h2 id="file">Settings file</h2>
        <button type="button" onClick={async () => download('safe-harbor-settings.json', 'application/json', exportSettings(await readUserSettings()))}>
          Export settings
        </button>
        <label className="file">
          Import settings
          <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event.target.files?.[0])} />
        </label>
        {importMessage && <p role="status">{importMessage}</p>}
      </section>

      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <p className="hint">
          Kept on this computer for {settings.retentionDays} days: what was flagged, where and when, with patient details masked. Never the draft itself, unless you
          turn on the option below.
        </p>
        <label className="check">
          <input type="checkbox" checked={settings.keepDraftText} onChange={() => void change({ set: { keepDraftText: !settings.keepDraftText } })} />
          Also keep the full text of flagged drafts (including any patient details) on this computer
        </label>
        <button type="button" onClick={async () => download('safe-harbor-history.csv', 'text/csv', historyCsv(await db.flags.orderBy('createdAt').toArray()))}>
          Export history (CSV)
        </button>
        {confirmClear ? (
          <span role="alertdialog" aria-label="Clear history?">
            Delete all {flagCount ?? 0} flags?{' '}
            <label className="check">
              <input type="checkbox" checked={forgetWords} onChange={() => setForgetWords(!forgetWords)} />
              Also forget allowed words and ignored findings
            </label>{' '}
            <button type="button" onClick={() => void clear()}>
              Yes, clear history
            </button>{' '}
            <button type="button" onClick={() => setConfirmClear(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirmClear(true)}>
            Clear history…
          </button>
        )}
      </section>
    </main>
  );
}
