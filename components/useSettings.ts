import { useCallback, useEffect, useRef, useState } from 'react';
import { applySettingsChange, type SettingsChange } from '@/lib/settings/changes';
import { requestSettingsChange } from '@/lib/settings/client';
import { effectiveSettings, loadEffectiveSettings, watchEffectiveSettings, type EffectiveSettings } from '@/lib/settings/effective';

export interface SettingsHook {
  /** The settings in force (the user's, with the institution's policy applied); undefined while loading. */
  settings: EffectiveSettings | undefined;
  /** Shows the change at once and asks the background to save it; on failure, shows what is stored and says why. */
  change(change: SettingsChange): Promise<void>;
  /** Why the last change was not saved. */
  error: string | undefined;
}

export function useSettings(): SettingsHook {
  const [settings, setSettings] = useState<EffectiveSettings>();
  const [error, setError] = useState<string>();
  // While the page's own changes are being saved, storage lags behind what is on screen: an
  // update from storage then would undo a keystroke, so it waits until they are all saved.
  const pending = useRef(0);
  useEffect(
    () =>
      watchEffectiveSettings((value) => {
        if (pending.current === 0) setSettings(value);
      }),
    [],
  );
  const change = useCallback(async (edit: SettingsChange): Promise<void> => {
    pending.current++;
    setSettings((current) => current && effectiveSettings(applySettingsChange(current, edit), current.policy));
    const result = await requestSettingsChange(edit);
    setError('error' in result ? result.error : undefined);
    if (--pending.current > 0) return;
    const stored = await loadEffectiveSettings();
    // A change made while this was read is on screen already: it must not be replaced by older storage.
    if (pending.current === 0) setSettings(stored);
  }, []);
  return { settings, change, error };
}
