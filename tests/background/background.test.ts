import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { db } from '@/lib/db';
import { removeAllListeners, sendMessage } from '@/lib/messaging';

let commandListener: ((command: string) => void) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  removeAllListeners();
  await db.flags.clear();
  // fakeBrowser has no keyboard commands: keep the listener to call it by hand.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => void (commandListener = listener as (command: string) => void));
  background.main();
});

describe('background worker', () => {
  it('checks a draft sent by a content script and records the flags', async () => {
    const report = await sendMessage('checkDraft', { draftId: 'd1', text: 'Pt is a 68M', site: 'x', surface: 'post' });
    expect(report.findings.map((f) => [f.category, f.actual])).toEqual([
      ['phi.age', '68M'],
      ['phi.gender', '68M'],
    ]);
    const rows = await db.flags.toArray();
    expect(rows.map((r) => [r.draftId, r.category, r.excerpt])).toEqual([
      ['d1', 'phi.age', 'Pt is a [AGE]'],
      ['d1', 'phi.gender', 'Pt is a [AGE]'],
    ]);
  });

  it('answers with no findings and records nothing for a clean draft', async () => {
    const report = await sendMessage('checkDraft', { draftId: 'd2', text: 'Kerley B lines on a chest film 🫁', site: 'x', surface: 'post' });
    expect(report.findings).toEqual([]);
    expect(await db.flags.count()).toBe(0);
  });

  it('still answers when history cannot be written', async () => {
    db.close();
    try {
      const report = await sendMessage('checkDraft', { draftId: 'd3', text: '45 y/o', site: 'x', surface: 'post' });
      expect(report.findings).toHaveLength(1);
    } finally {
      await db.open();
    }
  });
});

describe('background settings', () => {
  it('applies the user settings: turned-off rules, allowed words, paused sites and ignored findings', async () => {
    const { updateSettings } = await import('@/lib/settings');
    const { findingFingerprint } = await import('@/lib/analysis/fingerprint');
    const check = (text: string) => sendMessage('checkDraft', { draftId: 's1', text, site: 'x', surface: 'post' });

    await updateSettings(() => ({ disabledRules: ['record-number'] }));
    expect((await check('MRN 00482913')).findings).toEqual([]);

    await updateSettings(() => ({ disabledRules: [], allowList: ['Lakeshore General'] }));
    expect((await check('The ED at Lakeshore General saw a boy with a fracture')).findings.map((f) => f.category)).not.toContain('phi.geo');

    const text = 'Pt is a 45 y/o, WTF';
    const profanity = (await check(text)).findings.find((f) => f.ruleId === 'profanity')!;
    await updateSettings(() => ({ ignored: [findingFingerprint(text, profanity)] }));
    expect((await check(`Edited first. ${text}`)).findings.map((f) => f.ruleId)).not.toContain('profanity');

    await updateSettings(() => ({ pausedSites: ['x'] }));
    expect(await check('MRN 00482913')).toMatchObject({ findings: [], paused: true });
  });

  it("reports the length in X's weighted units and whether the disclaimer fits or is already there", async () => {
    const { updateSettings } = await import('@/lib/settings');
    await updateSettings(() => ({ pausedSites: [], disclaimers: { x: 'Views my own; not medical advice, not my employer.', instagram: '', youtube: '', tiktok: '' }, shortDisclaimer: 'Not medical advice.' }));
    const short = await sendMessage('checkDraft', { draftId: 's2', text: 'Kerley B lines 🫁', site: 'x', surface: 'post' });
    expect(short.length).toEqual({ used: 17, limit: 280 });
    expect(short.disclaimer).toEqual({ text: 'Views my own; not medical advice, not my employer.', present: false, fits: true, short: { text: 'Not medical advice.', fits: true } });
    const long = await sendMessage('checkDraft', { draftId: 's2', text: 'x'.repeat(262), site: 'x', surface: 'post' });
    expect(long.disclaimer.fits).toBe(false);
    expect(long.disclaimer.short).toEqual({ text: 'Not medical advice.', fits: false });
    const nearly = await sendMessage('checkDraft', { draftId: 's2', text: 'x'.repeat(255), site: 'x', surface: 'post' });
    expect([nearly.disclaimer.fits, nearly.disclaimer.short.fits]).toEqual([false, true]);
    const signed = await sendMessage('checkDraft', { draftId: 's2', text: 'Kerley B lines.\n\nViews my own; not medical advice, not my employer.', site: 'x', surface: 'post' });
    expect(signed.disclaimer.present).toBe(true);
  });
});

describe('keyboard shortcut', () => {
  it('asks the active tab to insert the disclaimer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    commandListener!('insert-disclaimer');
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    expect(send.mock.calls[0]![0]).toBe(7);
    expect(send.mock.calls[0]![1]).toMatchObject({ type: 'insertDisclaimer' });
  });
});

describe('history errors', () => {
  it('tells the content script when history cannot be saved', async () => {
    db.close();
    try {
      const report = await sendMessage('checkDraft', { draftId: 'e1', text: '45 y/o', site: 'x', surface: 'post' });
      expect(report.historyError).toBe('History could not be saved for this draft.');
      expect(report.findings).toHaveLength(1);
    } finally {
      await db.open();
    }
  });
});
