import { useEffect, useState } from 'react';
import { getSettings, settingsItem, updateSettings, type Settings } from '@/lib/settings';

/** The user's settings, kept in step with storage, and a function to change them (shown at once, then saved). */
export function useSettings(): [Settings | undefined, (change: (s: Settings) => Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  const change = async (edit: (s: Settings) => Partial<Settings>): Promise<void> => {
    setSettings((current) => (current ? { ...current, ...edit(current) } : current));
    setSettings(await updateSettings(edit));
  };
  return [settings, change];
}
