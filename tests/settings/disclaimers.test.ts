import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '@/lib/analysis';
import { applySettingsChange, DEFAULT_SETTINGS, readUserSettings, settingsItem } from '@/lib/settings';
import { defaultDisclaimerEntries, disclaimerLayout } from '@/lib/settings/disclaimers';

const same = (text: string) => Object.fromEntries(PLATFORMS.map((p) => [p, text])) as Record<Platform, string>;

describe('disclaimer default and per-site overrides', () => {
  it('reads one text on every site as a default with no overrides', () => {
    expect(disclaimerLayout(same('Views my own.'))).toEqual({ defaultText: 'Views my own.', overrides: [] });
  });

  it('reads the text most sites share as the default and the others as overrides', () => {
    expect(disclaimerLayout({ ...same('Views my own.'), x: 'Short one.' })).toEqual({ defaultText: 'Views my own.', overrides: ['x'] });
  });

  it('keeps locked and opened sites out of the default', () => {
    const disclaimers = { ...same('Mine.'), x: 'Hospital wording.', instagram: 'Hospital wording.' };
    expect(disclaimerLayout(disclaimers, { locked: ['x'], opened: ['instagram'] })).toEqual({ defaultText: 'Mine.', overrides: ['x', 'instagram'] });
    expect(disclaimerLayout(same('Hospital wording.'), { locked: [...PLATFORMS] }).defaultText).toBeUndefined();
  });

  it('sets the default on every site without an override, leaving overrides as they are', () => {
    const before = { ...DEFAULT_SETTINGS, disclaimers: { ...same('Old.'), youtube: 'For video.' } };
    const { overrides } = disclaimerLayout(before.disclaimers);
    const after = applySettingsChange(before, { setEntries: { disclaimers: defaultDisclaimerEntries('New.', overrides) } });
    expect(after.disclaimers).toEqual({ ...same('New.'), youtube: 'For video.' });
  });
});

describe('settings saved before a site was added', () => {
  it('give the new site the default disclaimer, keeping the rest as saved', async () => {
    const { linkedin: _added, ...fourSites } = { ...same('Saved.'), x: 'Mine on X.' };
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disclaimers: fourSites as Record<Platform, string> });
    const settings = await readUserSettings();
    expect(settings.disclaimers).toEqual({ ...same('Saved.'), x: 'Mine on X.', linkedin: DEFAULT_SETTINGS.disclaimers.linkedin });
  });
});
