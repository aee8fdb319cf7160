import { sendMessage } from '../messaging';
import type { SettingsChange, SettingsChangeResult } from './changes';

/** Asks the background, the one writer of settings, to make a change. Never throws. */
export async function requestSettingsChange(change: SettingsChange): Promise<SettingsChangeResult> {
  try {
    return await sendMessage('changeSettings', change);
  } catch {
    return { error: 'Not saved: Safe Harbor could not reach its background page. Try again.' };
  }
}

/** Asks the background to import a settings file (validated there). Never throws. */
export async function requestSettingsImport(json: string): Promise<SettingsChangeResult> {
  try {
    return await sendMessage('importSettings', json);
  } catch {
    return { error: 'Not imported: Safe Harbor could not reach its background page. Try again.' };
  }
}
