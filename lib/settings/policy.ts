import { browser } from 'wxt/browser';
import { PLATFORMS, type Platform, type Severity } from '../analysis/types';

/** What an institution sets centrally through managed storage (the schema is lib/settings/managed-schema.ts). */
export interface Policy {
  disclaimers?: Partial<Record<Platform, string>>;
  shortDisclaimer?: string;
  lockedRules?: string[];
  severities?: Record<string, Severity>;
  postGuard?: boolean;
  policyUrl?: string;
}

const SEVERITIES = ['error', 'warning', 'info'];

/** Keeps what is well formed in a managed-storage object; anything else is left out rather than trusted. */
export function parsePolicy(raw: Record<string, unknown>): Policy {
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

/** Reads the managed policy. No policy (Firefox without policies.json, tests): {}. */
export async function readPolicy(): Promise<Policy> {
  try {
    return parsePolicy((await browser.storage.managed.get()) as Record<string, unknown>);
  } catch {
    return {};
  }
}
