import { applySettingsChange, parseSettingsChange, type SettingsChange, type SettingsChangeResult } from './changes';
import { readUserSettings, settingsItem, type Settings } from './user-settings';
import { validateSettings, withinLimits } from './validate';

/** What a failed write tells the user. */
export function storageErrorMessage(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || /quota/i.test(String((error as Error | null)?.message))
    ? 'Not saved: the browser has no storage space left for Safe Harbor. Remove allowed words or ignored findings, then try again.'
    : 'Not saved: the browser would not store this change. Try again.';
}

/**
 * The one writer of the user's settings, for the background: changes are applied one at a time to
 * what is stored at that moment, so two tabs changing settings at once both keep their change.
 * `afterWrite` runs after each saved change (to forget draft texts when the user turns that off).
 */
export function createSettingsWriter(knownRules: readonly string[], afterWrite?: (before: Settings, after: Settings) => Promise<void>) {
  let queue: Promise<unknown> = Promise.resolve();
  const write = async (message: unknown): Promise<SettingsChangeResult> => {
    const change = parseSettingsChange(message);
    if (!change) return { error: 'Not saved: the change was not understood.' };
    const before = withinLimits(await readUserSettings(), knownRules);
    const result = validateSettings(applySettingsChange(before, change), knownRules);
    if ('error' in result) return { error: `Not saved: ${result.error}` };
    try {
      await settingsItem.setValue(result.settings);
    } catch (error) {
      return { error: storageErrorMessage(error) };
    }
    await afterWrite?.(before, result.settings).catch((error) => console.error('Safe Harbor: after saving settings', error));
    return { ok: true };
  };
  return (change: SettingsChange | unknown): Promise<SettingsChangeResult> => {
    const result = queue.then(() => write(change));
    queue = result.catch(() => undefined);
    return result;
  };
}
