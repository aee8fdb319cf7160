import { describe, expect, it } from 'vitest';
import { applySettingsChange, DEFAULT_SETTINGS } from '@/lib/settings';
import { defaultDisclaimerEntries, disclaimerLayout } from '@/lib/settings/disclaimers';

const same = (text: string) => ({ x: text, instagram: text, youtube: text, tiktok: text });

describe('disclaimer default and per-site overrides', () => {
  it('reads one text on every site as a default with no overrides', () => {
    expect(disclaimerLayout(same('Views my own.'))).toEqual({ defaultText: 'Views my own.', overrides: [] });
  });

  it('reads the text most sites share as the default and the others as overrides', () => {
    expect(disclaimerLayout({ ...same('Views my own.'), x: 'Short one.' })).toEqual({ defaultText: 'Views my own.', overrides: ['x'] });
  });

  it('keeps locked and opened sites out of the default', () => {
    const disclaimers = { x: 'Hospital wording.', instagram: 'Hospital wording.', youtube: 'Mine.', tiktok: 'Mine.' };
    expect(disclaimerLayout(disclaimers, { locked: ['x'], opened: ['instagram'] })).toEqual({ defaultText: 'Mine.', overrides: ['x', 'instagram'] });
    expect(disclaimerLayout(same('Hospital wording.'), { locked: ['x', 'instagram', 'youtube', 'tiktok'] }).defaultText).toBeUndefined();
  });

  it('sets the default on every site without an override, leaving overrides as they are', () => {
    const before = { ...DEFAULT_SETTINGS, disclaimers: { ...same('Old.'), youtube: 'For video.' } };
    const { overrides } = disclaimerLayout(before.disclaimers);
    const after = applySettingsChange(before, { setEntries: { disclaimers: defaultDisclaimerEntries('New.', overrides) } });
    expect(after.disclaimers).toEqual({ x: 'New.', instagram: 'New.', youtube: 'For video.', tiktok: 'New.' });
  });
});
