import { PLATFORMS, type Platform, type Severity } from './analysis/types';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** The settings file users export and import: versioned, validated field by field. */
export interface SettingsFile {
  format: 'safe-harbor-settings';
  version: 1;
  settings: Settings;
}

export function exportSettings(settings: Settings): string {
  const file: SettingsFile = { format: 'safe-harbor-settings', version: 1, settings };
  return JSON.stringify(file, null, 2);
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * Reads a settings file. A file that is not valid JSON, not ours, or has a wrong field is rejected
 * whole with a message that says what is wrong; nothing is half-applied.
 */
export function parseSettingsFile(json: string, knownRules: readonly string[]): { settings: Settings } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: 'This file is not valid JSON.' };
  }
  const file = data as Partial<SettingsFile> | null;
  if (!file || typeof file !== 'object' || file.format !== 'safe-harbor-settings') return { error: 'This is not a Safe Harbor settings file.' };
  if (file.version !== 1) return { error: `Settings version ${String(file.version)} is not supported by this version of Safe Harbor.` };
  const s = file.settings as Partial<Settings> | undefined;
  if (!s || typeof s !== 'object') return { error: 'The file has no settings in it.' };
  const settings: Settings = { ...DEFAULT_SETTINGS, severities: {} };
  if (s.disclaimers !== undefined) {
    if (typeof s.disclaimers !== 'object' || s.disclaimers === null) return { error: '"disclaimers" must map each platform to a text.' };
    for (const [platform, text] of Object.entries(s.disclaimers)) {
      if (!PLATFORMS.includes(platform as Platform)) return { error: `"disclaimers" names an unknown platform: "${platform}".` };
      if (typeof text !== 'string' || text.length > 500) return { error: `The ${platform} disclaimer must be a text of at most 500 characters.` };
    }
    settings.disclaimers = { ...DEFAULT_SETTINGS.disclaimers, ...s.disclaimers };
  }
  if (s.shortDisclaimer !== undefined) {
    if (typeof s.shortDisclaimer !== 'string' || s.shortDisclaimer.length > 100) return { error: '"shortDisclaimer" must be a text of at most 100 characters.' };
    settings.shortDisclaimer = s.shortDisclaimer;
  }
  for (const key of ['disabledRules', 'allowList', 'ignored'] as const) {
    if (s[key] === undefined) continue;
    if (!isStringList(s[key]) || s[key].length > 5000) return { error: `"${key}" must be a list of texts.` };
    settings[key] = [...new Set(s[key])];
  }
  const unknown = settings.disabledRules.filter((id) => !knownRules.includes(id));
  if (unknown.length) return { error: `"disabledRules" names rules that do not exist: ${unknown.join(', ')}.` };
  if (s.pausedSites !== undefined) {
    if (!isStringList(s.pausedSites) || s.pausedSites.some((p) => !PLATFORMS.includes(p as Platform))) return { error: '"pausedSites" must list platforms: x, instagram, youtube, tiktok.' };
    settings.pausedSites = s.pausedSites as Platform[];
  }
  if (s.retentionDays !== undefined) {
    if (!Number.isInteger(s.retentionDays) || s.retentionDays < 1 || s.retentionDays > 3650) return { error: '"retentionDays" must be a whole number of days from 1 to 3650.' };
    settings.retentionDays = s.retentionDays;
  }
  if (s.keepDraftText !== undefined) {
    if (typeof s.keepDraftText !== 'boolean') return { error: '"keepDraftText" must be true or false.' };
    settings.keepDraftText = s.keepDraftText;
  }
  if (s.postGuard !== undefined) {
    if (typeof s.postGuard !== 'boolean') return { error: '"postGuard" must be true or false.' };
    settings.postGuard = s.postGuard;
  }
  if (s.severities !== undefined) {
    if (typeof s.severities !== 'object' || s.severities === null) return { error: '"severities" must map rule ids to error, warning or info.' };
    for (const [rule, severity] of Object.entries(s.severities)) {
      if (!knownRules.includes(rule)) return { error: `"severities" names a rule that does not exist: "${rule}".` };
      if (!SEVERITIES.includes(severity as Severity)) return { error: `The severity of "${rule}" must be error, warning or info.` };
    }
    settings.severities = s.severities as Record<string, Severity>;
  }
  return { settings };
}
