import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { categoryGroup, GROUPS, PLATFORMS, RULES, SEVERITY_LABELS, type CategoryGroup, type Platform, type Severity, type Surface } from '@/lib/analysis';
import { disclaimerInsertion } from '@/lib/disclaimer';
import { historyCsv } from '@/lib/history/csv';
import { casesCsv } from '@/lib/cases/spreadsheet';
import { WEEKDAY_NAMES } from '@/lib/cases/due';
import type { SafeHarborDB } from '@/lib/history/db';
import { clearHistory } from '@/lib/history/record';
import { measure } from '@/lib/limits';
import { sendMessage } from '@/lib/messaging';
import { requestSettingsImport } from '@/lib/settings/client';
import { defaultDisclaimerEntries, disclaimerLayout } from '@/lib/settings/disclaimers';
import type { EffectiveSettings } from '@/lib/settings/effective';
import { exportSettings, MAX_SETTINGS_FILE_BYTES } from '@/lib/settings/file';
import { readUserSettings } from '@/lib/settings/user-settings';
import { isGranted, OPTIONAL_SITES, setGranted as setSiteGranted } from '@/lib/sites/grants';
import { siteName, siteRow, SITE_TABLE, type SiteRow } from '@/lib/sites/table';
import { useSettings, type SettingsHook } from './useSettings';

/** The surface where each site's posts carry a disclaimer, and its length limit, from the table of sites. */
const MAIN_SURFACE = Object.fromEntries(SITE_TABLE.map((site) => [site.id, site.postSurface])) as Record<Platform, Surface>;
const MAIN_LIMIT = Object.fromEntries(SITE_TABLE.map((site) => [site.id, (site.surfaces as Partial<Record<Surface, number | null>>)[site.postSurface] ?? 0])) as Record<Platform, number>;
const PREVIEW_POST = 'Classic Segond fracture on knee MRI: think ACL tear.';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const RULE_TITLES: Record<string, string> = Object.fromEntries(RULES.map((rule) => [rule.id, rule.title]));
/** Labels show a rule's title, never its internal id. */
const ruleTitle = (id: string): string => RULE_TITLES[id] ?? 'A check that no longer exists';
const LOCKED = 'Set by your institution';

/** What the background has not written to history yet (it waits for a pause in typing) is written now. */
const flushHistory = (): Promise<void> => sendMessage('flushHistory', undefined).catch(() => undefined);

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** How the disclaimer will look at the end of a short post on one site, and what room is left. */
function DisclaimerPreview({ platform, disclaimer }: { platform: Platform; disclaimer: string }) {
  const preview = PREVIEW_POST + disclaimerInsertion(PREVIEW_POST, disclaimer);
  const left = MAIN_LIMIT[platform] - measure(platform, preview);
  const name = `Preview on ${siteName(platform)}`;
  return (
    <figure className="preview" data-platform={platform} aria-label={name}>
      <figcaption>{siteName(platform)}</figcaption>
      <p className="preview-post">
        {PREVIEW_POST}
        {'\n\n'}
        <span className="preview-disclaimer">{disclaimer.trim() ? disclaimer : '(no disclaimer)'}</span>
      </p>
      <p className={left < 0 ? 'preview-room over' : 'preview-room'}>
        {left < 0 ? `${-left} characters too long` : `${left.toLocaleString('en-US')} of ${MAIN_LIMIT[platform].toLocaleString('en-US')} characters left`}
        {siteRow(platform)?.lengthUnit === 'x-weighted' && ` (${siteName(platform)} counts emoji as 2 and links as 23)`}
      </p>
    </figure>
  );
}


/** The teaching-case log: the user's tracking hashtag, when answers are due, and reminders. */
function CaseLogSettings({ settings, change, db }: Pick<SettingsHook, 'change'> & { settings: EffectiveSettings; db: SafeHarborDB }) {
  const [tag, setTag] = useState(settings.caseHashtag);
  const [note, setNote] = useState('');
  const used = useLiveQuery(() => db.cases.toArray(), [db]);
  const suggested = countMost((used ?? []).map((c) => c.hashtag).filter(Boolean));
  const weekday = (key: 'questionWeekday' | 'answerWeekday', label: string) => (
    <label>
      {label}{' '}
      <select value={settings[key] ?? ''} onChange={(event) => void change({ set: { [key]: event.target.value === '' ? null : Number(event.target.value) } })}>
        <option value="">No fixed day</option>
        {WEEKDAY_NAMES.map((name, i) => (
          <option key={name} value={i}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="case-log">
      <h2 id="case-log">Teaching cases</h2>
      <p className="hint">
        When you write an unknown, the badge offers to log it as your next case; its answer is then due on your schedule. See them all on the{' '}
        <a href={browser.runtime.getURL('/cases.html')} target="_blank" rel="noreferrer">
          Cases page
        </a>
        .
      </p>
      <form
        className="actions"
        onSubmit={(event) => {
          event.preventDefault();
          void change({ set: { caseHashtag: tag } });
        }}
      >
        <label htmlFor="case-hashtag">Your hashtag for tracking cases</label>
        <input id="case-hashtag" value={tag} placeholder="e.g. LuriePedsNeuro" onChange={(event) => setTag(event.target.value)} />
        <button type="submit">Save hashtag</button>
        {suggested && suggested !== settings.caseHashtag && (
          <button type="button" onClick={() => (setTag(suggested), void change({ set: { caseHashtag: suggested } }))}>
            Use #{suggested}, your most used
          </button>
        )}
      </form>
      {note && <p role="alert">{note}</p>}
      <div className="actions">
        {weekday('questionWeekday', 'Unknowns go out on')}
        {weekday('answerWeekday', 'Answers are due on')}
        <label>
          Otherwise due after{' '}
          <select value={settings.answerAfterHours} onChange={(event) => void change({ set: { answerAfterHours: Number(event.target.value) } })}>
            {[24, 48, 72, 168].map((hours) => (
              <option key={hours} value={hours}>
                {hours < 168 ? `${hours} hours` : 'a week'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.caseReminders}
          onChange={async () => {
            const want = !settings.caseReminders;
            // The notifications permission is asked for here, on the user's click, and only then.
            const allowed = want ? await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false) : true;
            if (!want) await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
            if (want && !allowed) return setNote('Reminders need permission to show notifications; it was not given.');
            setNote('');
            await change({ set: { caseReminders: want } });
          }}
        />
        Remind me with a notification when an answer is due
      </label>
    </section>
  );
}

/** The most frequent of `items`, or undefined. */
function countMost(items: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** One default disclaimer, sites that need their own, and a preview of each site's post ending. */
function DisclaimerSettings({ settings, change }: Pick<SettingsHook, 'change'> & { settings: EffectiveSettings }) {
  const { policy } = settings;
  const locked = PLATFORMS.filter((p) => policy.disclaimers?.[p] !== undefined);
  // Sites with a text of their own stay so for the visit, even while it reads like the default.
  const [opened, setOpened] = useState<Platform[]>(() => disclaimerLayout(settings.disclaimers, { locked }).overrides.filter((p) => !locked.includes(p)));
  const { defaultText, overrides } = disclaimerLayout(settings.disclaimers, { locked, opened });
  const followers = PLATFORMS.filter((p) => !overrides.includes(p));

  const setOverride = (platform: Platform, on: boolean) => {
    if (on) return setOpened([...opened, platform]);
    setOpened(opened.filter((p) => p !== platform));
    if (defaultText !== undefined) void change({ setEntries: { disclaimers: { [platform]: defaultText } } });
  };

  return (
    <section aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading">Disclaimer</h2>
      <p className="hint">"Insert disclaimer" adds it on its own line at the end of your post. Use your institution's wording where it has one.</p>
      {defaultText !== undefined && (
        <>
          <label htmlFor="disclaimer-default">{followers.length === PLATFORMS.length ? 'Disclaimer for every site' : 'Disclaimer for the other sites'}</label>
          <textarea
            id="disclaimer-default"
            rows={2}
            value={defaultText}
            onChange={(event) => void change({ setEntries: { disclaimers: defaultDisclaimerEntries(event.target.value, overrides) } })}
          />
        </>
      )}
      <fieldset className="overrides">
        <legend>A different disclaimer on one site</legend>
        {PLATFORMS.map((platform) => {
          const isLocked = locked.includes(platform);
          const hasOwn = overrides.includes(platform);
          return (
            <div key={platform} className="override" data-platform={platform}>
              {isLocked ? (
                <p className="override-locked">
                  {siteName(platform)}: <span className="locked">{LOCKED}</span>
                </p>
              ) : (
                <label className="check">
                  <input type="checkbox" checked={hasOwn} onChange={() => setOverride(platform, !hasOwn)} />
                  Use a different disclaimer on {siteName(platform)}
                </label>
              )}
              {hasOwn && (
                <>
                  <label htmlFor={`disclaimer-${platform}`} className="visually-hidden">
                    Disclaimer on {siteName(platform)}
                  </label>
                  <textarea
                    id={`disclaimer-${platform}`}
                    rows={2}
                    value={settings.disclaimers[platform]}
                    disabled={isLocked}
                    onChange={(event) => void change({ setEntries: { disclaimers: { [platform]: event.target.value } } })}
                  />
                </>
              )}
            </div>
          );
        })}
      </fieldset>
      <label htmlFor="short-disclaimer">Short form, offered when the full one does not fit</label>
      <input
        id="short-disclaimer"
        value={settings.shortDisclaimer}
        disabled={policy.shortDisclaimer !== undefined}
        onChange={(event) => void change({ set: { shortDisclaimer: event.target.value } })}
      />
      {policy.shortDisclaimer !== undefined && <span className="locked">{LOCKED}</span>}
      <h3 className="previews-title">How it will look at the end of a post</h3>
      <div className="previews">
        {PLATFORMS.map((platform) => (
          <DisclaimerPreview key={platform} platform={platform} disclaimer={settings.disclaimers[platform]} />
        ))}
      </div>
    </section>
  );
}

function RulesTable({ settings, change }: Pick<SettingsHook, 'change'> & { settings: EffectiveSettings }) {
  const { policy } = settings;
  const lockedRules = new Set(policy.lockedRules ?? []);
  return (
    <section aria-labelledby="rules">
      <h2 id="rules">What to check for</h2>
      <p className="hint">
        "{SEVERITY_LABELS.error}" findings also make Safe Harbor ask before posting. "{SEVERITY_LABELS.warning}" and "{SEVERITY_LABELS.info}" only show in the panel.
      </p>
      <table className="rules">
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Check</th>
            <th scope="col">When found</th>
          </tr>
        </thead>
        {(Object.keys(GROUPS) as CategoryGroup[]).map((group) => (
          <tbody key={group}>
            <tr className="rule-group">
              <th scope="colgroup" colSpan={3}>
                {GROUPS[group].title}
              </th>
            </tr>
            {RULES.filter((rule) => categoryGroup(rule.category) === group).map((rule) => {
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
                  <td>
                    <span className="rule-title">{rule.title}</span>
                    {(ruleLocked || severityLocked) && <span className="locked"> · {LOCKED}</span>}
                    <span className="rule-note">{rule.note}</span>
                  </td>
                  <td>
                    <select
                      aria-label={`Severity of ${rule.title}`}
                      disabled={severityLocked}
                      value={settings.severities[rule.id] ?? rule.severity}
                      onChange={(event) => void change({ setEntries: { severities: { [rule.id]: event.target.value as Severity } } })}
                    >
                      {SEVERITIES.map((severity) => (
                        <option key={severity} value={severity}>
                          {SEVERITY_LABELS[severity]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </section>
  );
}

/** Everything the user told Safe Harbor to let through, each with its own way back. */
function LetThrough({ settings, change }: Pick<SettingsHook, 'change'> & { settings: EffectiveSettings }) {
  const [word, setWord] = useState('');
  const addWord = () => {
    const trimmed = word.trim();
    if (!trimmed) return;
    void change({ add: { allowList: [trimmed] } });
    setWord('');
  };
  return (
    <section aria-labelledby="let-through">
      <h2 id="let-through">Allowed and ignored</h2>

      <h3 id="allowed">Allowed words</h3>
      <p className="hint">Your own names and handles, colleagues and your institution: never flagged.</p>
      <form
        className="add-word"
        onSubmit={(event) => {
          event.preventDefault();
          addWord();
        }}
      >
        <label htmlFor="allow-word" className="visually-hidden">
          Word or name to allow
        </label>
        <input id="allow-word" value={word} placeholder="A name, handle or word" onChange={(event) => setWord(event.target.value)} />
        <button type="submit">Allow</button>
      </form>
      {settings.allowList.length === 0 ? (
        <p className="none">No allowed words.</p>
      ) : (
        <ul className="undo-list" aria-labelledby="allowed">
          {settings.allowList.map((entry) => (
            <li key={entry}>
              <span className="undo-what">{entry}</span>
              <button type="button" aria-label={`Remove allowed word: ${entry}`} onClick={() => void change({ remove: { allowList: [entry] } })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3 id="ignored">Findings ignored in a draft</h3>
      <p className="hint">"Ignore here" keeps a short code for the finding and the words around it, never the words themselves, so the code is all that can be shown.</p>
      {settings.ignored.length === 0 ? (
        <p className="none">No ignored findings.</p>
      ) : (
        <>
          <ul className="undo-list" aria-labelledby="ignored">
            {settings.ignored.map((code, i) => (
              <li key={code}>
                <span className="undo-what">
                  Ignored finding {i + 1} <span className="code">code {code}</span>
                </span>
                <button type="button" aria-label={`Flag again: ignored finding ${i + 1}`} onClick={() => void change({ remove: { ignored: [code] } })}>
                  Flag again
                </button>
              </li>
            ))}
          </ul>
          {settings.ignored.length > 1 && (
            <button type="button" onClick={() => void change({ set: { ignored: [] } })}>
              Flag all {settings.ignored.length} again
            </button>
          )}
        </>
      )}

      <h3 id="turned-off">Checks turned off</h3>
      {settings.disabledRules.length === 0 ? (
        <p className="none">Every check is on.</p>
      ) : (
        <ul className="undo-list" aria-labelledby="turned-off">
          {settings.disabledRules.map((id) => (
            <li key={id}>
              <span className="undo-what">{ruleTitle(id)}</span>
              <button type="button" aria-label={`Turn back on: ${ruleTitle(id)}`} onClick={() => void change({ remove: { disabledRules: [id] } })}>
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The options page: disclaimer, checks, sites, the post guard, what is let through, the settings file and history. */
/** "Also check LinkedIn": the site's hosts are asked for on the user's click, and given up the same way. */
function GrantSite({ site }: { site: SiteRow }) {
  const [granted, setGranted] = useState<boolean>();
  const [note, setNote] = useState('');
  useEffect(() => {
    void isGranted(site).then(setGranted);
  }, [site]);
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          id={`grant-${site.id}`}
          checked={!!granted}
          disabled={granted === undefined}
          onChange={async () => {
            const want = !granted;
            const now = await setSiteGranted(site, want).catch(() => false);
            setGranted(now);
            setNote(want && !now ? `${site.name} was not allowed, so Safe Harbor does not run there.` : '');
          }}
        />
        Also check {site.name}
      </label>
      <p className="hint">
        {note || `Safe Harbor runs on ${site.name} only once you allow it here; your browser asks you first.`}
      </p>
    </>
  );
}

export function Options({ db }: { db: SafeHarborDB }) {
  const { settings, change, error } = useSettings();
  const [importMessage, setImportMessage] = useState<string>();
  const [confirmClear, setConfirmClear] = useState(false);
  const [forgetWords, setForgetWords] = useState(false);
  const flagCount = useLiveQuery(() => db.flags.count(), [db]);
  const caseCount = useLiveQuery(() => db.cases.count(), [db]);
  const [forgetCases, setForgetCases] = useState(false);
  if (!settings) return <main className="options">Loading…</main>;
  const { policy } = settings;

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_SETTINGS_FILE_BYTES) return setImportMessage('Not imported: this file is larger than 1 MB; a settings file is far smaller. Your settings are unchanged.');
    const result = await requestSettingsImport(await file.text());
    setImportMessage('error' in result ? result.error : 'Settings imported.');
  };

  const clear = async () => {
    await flushHistory();
    await clearHistory(db);
    if (forgetCases) await db.cases.clear();
    if (forgetWords) await change({ set: { allowList: [], ignored: [] } });
    setConfirmClear(false);
    setForgetWords(false);
    setForgetCases(false);
  };

  return (
    <main className="options">
      <h1>
        <span className="logo" aria-hidden="true">
          ⚓
        </span>{' '}
        Safe Harbor options
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

      <DisclaimerSettings settings={settings} change={change} />

      <CaseLogSettings settings={settings} change={change} db={db} />

      <section aria-labelledby="post-guard">
        <h2 id="post-guard">Before posting</h2>
        <label className="check">
          <input type="checkbox" checked={settings.postGuard} disabled={policy.postGuard !== undefined} onChange={() => void change({ set: { postGuard: !settings.postGuard } })} />
          Ask before posting while something could identify a patient
          {policy.postGuard !== undefined && <span className="locked"> · {LOCKED}</span>}
        </label>
        <p className="hint">When you post with a "{SEVERITY_LABELS.error}" finding still in the draft, Safe Harbor asks you to confirm first.</p>
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Sites</h2>
        {OPTIONAL_SITES.map((site) => (
          <GrantSite key={site.id} site={site} />
        ))}
        {PLATFORMS.map((platform) => {
          const on = !settings.pausedSites.includes(platform);
          return (
            <label key={platform} className="check">
              <input
                type="checkbox"
                checked={on}
                onChange={() => void change(on ? { add: { pausedSites: [platform] } } : { remove: { pausedSites: [platform] } })}
              />
              Check my drafts on {siteName(platform)}
            </label>
          );
        })}
      </section>

      <RulesTable settings={settings} change={change} />

      <LetThrough settings={settings} change={change} />

      <section aria-labelledby="file">
        <h2 id="file">Settings file</h2>
        <p className="hint">Move your settings to another computer. Your institution's settings are not included.</p>
        <div className="actions">
          <button type="button" onClick={async () => download('safe-harbor-settings.json', 'application/json', exportSettings(await readUserSettings()))}>
            Export settings
          </button>
          <label className="file">
            Import settings
            <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event.target.files?.[0])} />
          </label>
        </div>
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
        <div className="actions">
          <button type="button" onClick={async () => (await flushHistory(), download('safe-harbor-history.csv', 'text/csv', historyCsv(await db.flags.orderBy('createdAt').toArray())))}>
            Export history (CSV)
          </button>
          {(caseCount ?? 0) > 0 && (
            <button type="button" onClick={async () => download('safe-harbor-cases.csv', 'text/csv', casesCsv(await db.cases.toArray()))}>
              Export case log (CSV)
            </button>
          )}
          {!confirmClear && (
            <button type="button" onClick={() => setConfirmClear(true)}>
              Clear history…
            </button>
          )}
        </div>
        {confirmClear && (
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-clear">
            <p id="confirm-clear">Delete all {flagCount ?? 0} flags?</p>
            <label className="check">
              <input type="checkbox" checked={forgetWords} onChange={() => setForgetWords(!forgetWords)} />
              Also forget allowed words and ignored findings
            </label>
            {(caseCount ?? 0) > 0 && (
              <label className="check">
                <input type="checkbox" checked={forgetCases} onChange={() => setForgetCases(!forgetCases)} />
                Also clear the teaching-case log ({caseCount} cases)
              </label>
            )}
            <div className="actions">
              <button type="button" className="danger" onClick={() => void clear()}>
                Yes, clear history
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                Keep it
              </button>
            </div>
          </div>
        )}
      </section>
    </main>
  );
}
