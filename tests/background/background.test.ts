import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { db } from '@/lib/history/db';
import { settingsItem } from '@/lib/settings';
import { removeAllListeners, sendMessage } from '@/lib/messaging';

/** Writes settings as the background's one writer does, through a message. */
async function updateSettings(change: () => Record<string, unknown>): Promise<void> {
  expect(await sendMessage('changeSettings', { set: change() })).toEqual({ ok: true });
}

let commandListener: ((command: string) => void) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  removeAllListeners();
  await db.flags.clear();
  await db.drafts.clear();
  // fakeBrowser has no keyboard commands: keep the listener to call it by hand.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => void (commandListener = listener as (command: string) => void));
  background.main();
});

describe('background worker', () => {
  it('checks a draft sent by a content script and records the flags', async () => {
    const report = await sendMessage('checkDraft', { sequence: 1, draftId: 'd1', text: 'Pt is a 68M', site: 'x', surface: 'post' });
    expect(report.findings.map((f) => [f.category, f.actual])).toEqual([
      ['phi.age', '68M'],
      ['phi.gender', '68M'],
    ]);
    // Written once typing pauses, or at once when the popup asks.
    await sendMessage('flushHistory', undefined);
    const rows = await db.flags.toArray();
    expect(rows.map((r) => [r.draftId, r.category, r.excerpt])).toEqual([
      ['d1', 'phi.age', 'Pt is a [AGE]'],
      ['d1', 'phi.gender', 'Pt is a [AGE]'],
    ]);
  });

  it('answers with no findings and records nothing for a clean draft', async () => {
    const report = await sendMessage('checkDraft', { sequence: 2, draftId: 'd2', text: 'Kerley B lines on a chest film 🫁', site: 'x', surface: 'post' });
    expect(report.findings).toEqual([]);
    await sendMessage('flushHistory', undefined);
    expect(await db.flags.count()).toBe(0);
  });

  it('warms the engine when a compose box appears, without recording anything', async () => {
    await sendMessage('warmUp', undefined);
    await sendMessage('warmUp', undefined);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.flags.count()).toBe(0);
  });

  it('still answers when history cannot be written', async () => {
    db.close();
    try {
      const report = await sendMessage('checkDraft', { sequence: 3, draftId: 'd3', text: '45 y/o', site: 'x', surface: 'post' });
      expect(report.findings).toHaveLength(1);
    } finally {
      await db.open();
    }
  });
});

describe('background settings', () => {
  it('applies the user settings: turned-off rules, allowed words, paused sites and ignored findings', async () => {
    const { findingFingerprint } = await import('@/lib/analysis/fingerprint');
    let sequence = 0;
    const check = (text: string) => sendMessage('checkDraft', { sequence: ++sequence, draftId: 's1', text, site: 'x', surface: 'post' });

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
    await updateSettings(() => ({ pausedSites: [], disclaimers: { x: 'Views my own; not medical advice, not my employer.', instagram: '', youtube: '', tiktok: '' }, shortDisclaimer: 'Not medical advice.' }));
    const short = await sendMessage('checkDraft', { sequence: 5, draftId: 's2', text: 'Kerley B lines 🫁', site: 'x', surface: 'post' });
    expect(short.length).toEqual({ used: 17, limit: 280 });
    expect(short.disclaimer).toEqual({ text: 'Views my own; not medical advice, not my employer.', present: false, fits: true, short: { text: 'Not medical advice.', fits: true }, offered: true });
    const long = await sendMessage('checkDraft', { sequence: 6, draftId: 's2', text: 'x'.repeat(262), site: 'x', surface: 'post' });
    expect(long.disclaimer.fits).toBe(false);
    expect(long.disclaimer.short).toEqual({ text: 'Not medical advice.', fits: false });
    const nearly = await sendMessage('checkDraft', { sequence: 7, draftId: 's2', text: 'x'.repeat(255), site: 'x', surface: 'post' });
    expect([nearly.disclaimer.fits, nearly.disclaimer.short.fits]).toEqual([false, true]);
    const signed = await sendMessage('checkDraft', { sequence: 8, draftId: 's2', text: 'Kerley B lines.\n\nViews my own; not medical advice, not my employer.', site: 'x', surface: 'post' });
    expect(signed.disclaimer.present).toBe(true);
    const title = await sendMessage('checkDraft', { sequence: 9, draftId: 's3', text: 'Segond fracture on knee MRI', site: 'youtube', surface: 'title' });
    expect(title.disclaimer.offered).toBe(false);
    expect(title.findings.map((f) => f.category)).not.toContain('prof.disclaimer_missing');
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
  it('tells the content script when history cannot be saved, on the check after the failed write, until a write succeeds', async () => {
    db.close();
    try {
      expect((await sendMessage('checkDraft', { sequence: 9, draftId: 'e1', text: '45 y/o', site: 'x', surface: 'post' })).historyError).toBeUndefined();
      await sendMessage('flushHistory', undefined);
      const report = await sendMessage('checkDraft', { sequence: 10, draftId: 'e1', text: '45 y/o!', site: 'x', surface: 'post' });
      expect(report.historyError).toBe('History could not be saved for this draft.');
      expect(report.findings).toHaveLength(1);
      await db.open();
      await sendMessage('flushHistory', undefined);
      expect((await sendMessage('checkDraft', { sequence: 11, draftId: 'e1', text: '45 y/o!!', site: 'x', surface: 'post' })).historyError).toBeUndefined();
    } finally {
      await db.open();
    }
  });
});

describe('messages from content scripts are not taken on trust', () => {
  it.each([
    ['no sequence', { draftId: 'm', text: '45 y/o', site: 'x', surface: 'post' }],
    ['an unknown site', { sequence: 1, draftId: 'm', text: '45 y/o', site: 'myspace', surface: 'post' }],
    ['an unknown surface', { sequence: 1, draftId: 'm', text: '45 y/o', site: 'x', surface: 'dm' }],
    ['a huge draft id', { sequence: 1, draftId: 'm'.repeat(101), text: '45 y/o', site: 'x', surface: 'post' }],
    ['a thread index out of range', { sequence: 1, draftId: 'm', text: '45 y/o', site: 'x', surface: 'post', thread: { texts: ['45 y/o'], index: 3 } }],
    ['text that is not text', { sequence: 1, draftId: 'm', text: { toString: '45' }, site: 'x', surface: 'post' }],
    ['a thread whose post is not the draft', { sequence: 1, draftId: 'm', text: '45 y/o', site: 'x', surface: 'post', thread: { texts: ['MRN 00482913', 'other'], index: 0 } }],
  ])('refuses a draft check with %s and records nothing', async (_name, message) => {
    await expect(sendMessage('checkDraft', message as never)).rejects.toThrow();
    expect(await db.flags.count()).toBe(0);
  });

  it('ignores a malformed outcome', async () => {
    await sendMessage('checkDraft', { sequence: 1, draftId: 'o', text: 'MRN 00482913', site: 'x', surface: 'post' });
    await sendMessage('recordOutcome', { draftId: 'o', outcome: 'deleted-everything' } as never);
    await sendMessage('flushHistory', undefined);
    expect((await db.flags.toArray()).map((f) => f.outcome)).toEqual([null]);
  });
});

describe('settings through the background', () => {
  it('imports a settings file, or refuses it whole with its reason', async () => {
    const file = (settings: unknown) => JSON.stringify({ format: 'safe-harbor-settings', version: 1, settings });
    expect(await sendMessage('importSettings', file({ allowList: ['Dr. Ana Ruiz'], postGuard: false }))).toEqual({ ok: true });
    expect(await settingsItem.getValue()).toMatchObject({ allowList: ['Dr. Ana Ruiz'], postGuard: false });
    expect(await sendMessage('importSettings', file([]))).toEqual({ error: 'Not imported: The settings must be an object of named settings. Your settings are unchanged.' });
    expect(await settingsItem.getValue()).toMatchObject({ allowList: ['Dr. Ana Ruiz'], postGuard: false });
  });

  it('forgets the draft texts kept so far when "keep draft text" goes off', async () => {
    await sendMessage('changeSettings', { set: { keepDraftText: true } });
    await sendMessage('checkDraft', { sequence: 1, draftId: 'k', text: 'MRN 00482913', site: 'x', surface: 'post' });
    await sendMessage('flushHistory', undefined);
    expect(JSON.stringify(await db.flags.toArray())).toContain('00482913');
    expect(await sendMessage('changeSettings', { set: { keepDraftText: false } })).toEqual({ ok: true });
    expect(JSON.stringify(await db.flags.toArray())).not.toContain('00482913');
  });

  it("applies the institution's policy to checks", async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ lockedRules: ['record-number'], severities: { profanity: 'error' } } as never);
    await sendMessage('changeSettings', { add: { disabledRules: ['record-number'] } });
    const report = await sendMessage('checkDraft', { sequence: 1, draftId: 'p', text: 'MRN 00482913 WTF', site: 'x', surface: 'post' });
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['record-number', 'error'],
      ['profanity', 'error'],
    ]);
  });

  it('reads settings once and again only when they change: in storage, or as the content script says', async () => {
    const check = (sequence: number, extra: object = {}) => sendMessage('checkDraft', { sequence, draftId: 's', text: 'MRN 00482913 WTF', site: 'x', surface: 'post', ...extra });
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    await check(1);
    const reads = managed.mock.calls.length;
    await check(2);
    await check(3);
    expect(managed).toHaveBeenCalledTimes(reads);
    // Written by a page straight to storage: the next check has it.
    await settingsItem.setValue({ ...(await settingsItem.getValue()), disabledRules: ['profanity'] });
    expect((await check(4)).findings.map((f) => f.ruleId)).toEqual(['record-number']);
    // The institution's policy changed, and the content script, told first, says so.
    managed.mockResolvedValue({ lockedRules: ['profanity'] } as never);
    expect((await check(5, { settingsChanged: true })).findings.map((f) => f.ruleId)).toEqual(['record-number', 'profanity']);
  });

  it('says when only the beginning of a huge draft was checked', async () => {
    const report = await sendMessage('checkDraft', { sequence: 1, draftId: 'h', text: 'ok '.repeat(70_000), site: 'x', surface: 'post' });
    expect(report.checkedLength).toBe(200_000);
  });
});
