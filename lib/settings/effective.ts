import { browser } from 'wxt/browser';
import type { AnalysisContext, Platform, Surface } from '../analysis/types';
import { readPolicy, type Policy } from './policy';
import { readUserSettings, settingsItem, type Settings } from './user-settings';

/** The settings in force: the user's, with the institution's choices winning where it made them. */
export interface EffectiveSettings extends Settings {
  /** The institution's policy behind these values: what is locked, and its link. */
  policy: Policy;
}

export function effectiveSettings(user: Settings, policy: Policy): EffectiveSettings {
  const locked = new Set(policy.lockedRules ?? []);
  return {
    ...user,
    disclaimers: { ...user.disclaimers, ...policy.disclaimers },
    shortDisclaimer: policy.shortDisclaimer ?? user.shortDisclaimer,
    disabledRules: user.disabledRules.filter((id) => !locked.has(id)),
    severities: { ...user.severities, ...policy.severities },
    postGuard: policy.postGuard ?? user.postGuard,
    policy,
  };
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, policy] = await Promise.all([readUserSettings(), readPolicy()]);
  return effectiveSettings(user, policy);
}

/**
 * The settings in force, read once and kept until storage says anything changed (the user's
 * settings, the institution's policy): the background needs them on every keystroke's check, and
 * reading storage each time costs more than the check itself in Firefox. `forget` drops the copy
 * by hand, for a caller that knows of a change before storage has said so.
 */
export function cachedEffectiveSettings(): { get(): Promise<EffectiveSettings>; forget(): void; stop(): void } {
  let current: Promise<EffectiveSettings> | undefined;
  const forget = (): void => {
    current = undefined;
  };
  browser.storage.onChanged.addListener(forget);
  return {
    get() {
      const reading = (current ??= loadEffectiveSettings());
      // A failed read is not kept: the next check reads again.
      reading.catch(() => {
        if (current === reading) current = undefined;
      });
      return reading;
    },
    forget,
    stop: () => browser.storage.onChanged.removeListener(forget),
  };
}

/**
 * Calls `onChange` with the settings in force now, and again whenever the user's settings or the
 * institution's policy change. Returns a function that stops watching.
 */
export function watchEffectiveSettings(onChange: (settings: EffectiveSettings) => void): () => void {
  let stopped = false;
  let latest = 0;
  const reload = (): void => {
    const request = ++latest;
    loadEffectiveSettings().then(
      (settings) => {
        if (!stopped && request === latest) onChange(settings);
      },
      (error) => console.error('Safe Harbor could not read its settings', error),
    );
  };
  const onStorageChanged = (_changes: unknown, area: string): void => {
    if (area === 'managed') reload();
  };
  const unwatch = settingsItem.watch(reload);
  browser.storage.onChanged.addListener(onStorageChanged);
  reload();
  return () => {
    stopped = true;
    unwatch();
    browser.storage.onChanged.removeListener(onStorageChanged);
  };
}

export function analysisContext(settings: Settings, site: Platform, surface: Surface): AnalysisContext {
  return {
    platform: site,
    surface,
    disabledRules: settings.disabledRules,
    allowList: settings.allowList,
    disclaimer: settings.disclaimers[site],
    severities: settings.severities,
  };
}
