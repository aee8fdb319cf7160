import type { Settings } from './user-settings';
import { validateSettings } from './validate';

/** The settings file users export and import: versioned, validated field by field. */
export interface SettingsFile {
  format: 'safe-harbor-settings';
  version: 1;
  settings: Settings;
}

/** Larger files are refused before they are read. */
export const MAX_SETTINGS_FILE_BYTES = 1_048_576;

/** The file for the user's own settings: never the institution's policy values. */
export function exportSettings(settings: Settings): string {
  const file: SettingsFile = { format: 'safe-harbor-settings', version: 1, settings };
  return JSON.stringify(file, null, 2);
}

/**
 * Reads a settings file. A file that is too large, not valid JSON, not ours, or has a wrong field
 * is rejected whole with a message that says what is wrong; nothing is half-applied.
 */
export function parseSettingsFile(json: string, knownRules: readonly string[]): { settings: Settings } | { error: string } {
  if (json.length > MAX_SETTINGS_FILE_BYTES) return { error: 'This file is larger than 1 MB; a settings file is far smaller.' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: 'This file is not valid JSON.' };
  }
  const file = data as Partial<SettingsFile> | null;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== 'safe-harbor-settings') return { error: 'This is not a Safe Harbor settings file.' };
  if (file.version !== 1) return { error: `Settings version ${String(file.version).slice(0, 20)} is not supported by this version of Safe Harbor.` };
  if (file.settings === undefined) return { error: 'The file has no settings in it.' };
  return validateSettings(file.settings, knownRules);
}
