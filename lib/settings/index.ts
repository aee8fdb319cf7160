export { applySettingsChange, undoOf, type ListSetting, type SettingsChange, type SettingsChangeResult } from './changes';
export { requestSettingsChange, requestSettingsImport } from './client';
export { analysisContext, cachedEffectiveSettings, effectiveSettings, loadEffectiveSettings, watchEffectiveSettings, type EffectiveSettings } from './effective';
export { exportSettings, MAX_SETTINGS_FILE_BYTES, parseSettingsFile, type SettingsFile } from './file';
export { parsePolicy, readPolicy, type Policy } from './policy';
export { DEFAULT_SETTINGS, readUserSettings, settingsItem, type Settings } from './user-settings';
export { SETTINGS_LIMITS, validateSettings, withinLimits } from './validate';
export { createSettingsWriter, storageErrorMessage } from './writer';
