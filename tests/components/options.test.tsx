import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/components/Options';
import { SafeHarborDB } from '@/lib/history/db';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';

beforeEach(() => fakeBrowser.reset());

const renderOptions = () => render(<Options db={new SafeHarborDB(`options-${Math.random()}`)} />);

describe('options page', () => {
  it('shows one disclaimer for every site, and a site whose text differs as its own', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disclaimers: { ...DEFAULT_SETTINGS.disclaimers, instagram: 'Mine.', youtube: 'Mine.', tiktok: 'Mine.', linkedin: 'Mine.', x: 'Short.' } });
    renderOptions();
    expect(((await screen.findByLabelText('Disclaimer for the other sites')) as HTMLTextAreaElement).value).toBe('Mine.');
    expect((screen.getByLabelText('Disclaimer on X', { exact: true }) as HTMLTextAreaElement).value).toBe('Short.');
    expect((screen.getByLabelText('Use a different disclaimer on X') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Use a different disclaimer on Instagram') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('figure', { name: 'Preview on X' }).textContent).toContain('Short.');
    expect(screen.getByRole('figure', { name: 'Preview on TikTok' }).textContent).toContain('Mine.');
  });

  it('labels severities in plain words', async () => {
    renderOptions();
    const severity = await screen.findByLabelText('Severity of Swearing');
    expect(Array.from((severity as HTMLSelectElement).options, (o) => o.textContent)).toEqual(['Stop before posting', 'Warn', 'Hint']);
  });

  it('puts the post guard under its own heading', async () => {
    renderOptions();
    const guard = await screen.findByRole('region', { name: 'Before posting' });
    expect(within(guard).getByLabelText(/Ask before posting/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Sites' })).queryByLabelText(/Ask before posting/)).toBeNull();
  });

  it('lists allowed words, ignored findings and checks turned off, each with its own way back, by name', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, allowList: ['Lovelace'], ignored: ['1x9k2pq'], disabledRules: ['profanity'] });
    renderOptions();
    expect(await screen.findByRole('button', { name: 'Remove allowed word: Lovelace' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Flag again: ignored finding 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn back on: Swearing' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('profanity');
  });
});
