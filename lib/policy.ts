import { browser } from 'wxt/browser';
import { PLATFORMS, type Platform, type Severity } from './analysis/types';
import type { Settings } from './settings';

/** What an institution sets centrally through managed storage (see public/managed_schema.json). */
export interface Policy {
  disclaimers?: Partial<Record<Platform, string>>;
  shortDisclaimer?: string;
  lockedRules?: string[];
  severities?: Record<string, Severity>;
  postGuard?: boolean;
  policyUrl?: string;
}

const SEVERITIES = ['error', 'warning', 'info'];

/** Reads the managed policy; anything malformed is left out rather than trusted. No policy: {}. */
export async function getPolicy(): Promise<Policy> {
  let raw: Record<string, unknown>;
  try {
    raw = (await browser.storage.managed.get()) as Record<string, unknown>;
  } catch {
    return {}; // no managed storage (Firefox without policies, tests)
  }
  const policy: Policy = {};
  if (raw.disclaimers && typeof raw.disclaimers === 'object') {
    policy.disclaimers = Object.fromEntries(
      Object.entries(raw.disclaimers).filter(([platform, text]) => PLATFORMS.includes(platform as Platform) && typeof text === 'string'),
    );
  }
  if (typeof raw.shortDisclaimer === 'string') policy.shortDisclaimer = raw.shortDisclaimer;
  if (Array.isArray(raw.lockedRules)) policy.lockedRules = raw.lockedRules.filter((r): r is string => typeof r === 'string');
  if (raw.severities && typeof raw.severities === 'object') {
    policy.severities = Object.fromEntries(Object.entries(raw.severities).filter(([, s]) => SEVERITIES.includes(s as string))) as Record<string, Severity>;
  }
  if (typeof raw.postGuard === 'boolean') policy.postGuard = raw.postGuard;
  if (typeof raw.policyUrl === 'string' && /^https:\/\//.test(raw.policyUrl)) policy.policyUrl = raw.policyUrl;
  return policy;
}

/** The settings in force: the institution's choices win over the user's where it made them. */
export function applyPolicy(settings: Settings, policy: Policy): Settings {
  const locked = new Set(policy.lockedRules ?? []);
  return {
    ...settings,
    disclaimers: { ...settings.disclaimers, ...policy.disclaimers },
    shortDisclaimer: policy.shortDisclaimer ?? settings.shortDisclaimer,
    disabledRules: settings.disabledRules.filter((id) => !locked.has(id)),
    severities: { ...settings.severities, ...policy.severities },
    postGuard: policy.postGuard ?? settings.postGuard,
  };
}
