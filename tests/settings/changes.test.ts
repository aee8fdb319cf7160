import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RULES } from '@/lib/analysis';
import {
  applySettingsChange,
  createSettingsWriter,
  DEFAULT_SETTINGS,
  effectiveSettings,
  loadEffectiveSettings,
  readUserSettings,
  settingsItem,
  undoOf,
  watchEffectiveSettings,
  type EffectiveSettings,
} from '@/lib/settings';
import { parseSettingsChange } from '@/lib/settings/changes';
import { canAllowWord } from '@/lib/settings/allow-list';

const RULE_IDS = RULES.map((r) => r.id);

beforeEach(() => fakeBrowser.reset());

describe('settings changes', () => {
  it('add and remove list entries, set entries of a map, and replace whole settings', () => {
    const before = { ...DEFAULT_SETTINGS, allowList: ['Ana'], pausedSites: ['x' as const] };
    const after = applySettingsChange(before, {
      add: { allowList: ['Ana', 'Lakeshore'], disabledRules: ['sarcasm'] },
      remove: { pausedSites: ['x'] },
      setEntries: { disclaimers: { tiktok: 'Mine.' }, severities: { profanity: 'info' } },
      set: { postGuard: false },
    });
    expect(after).toMatchObject({ allowList: ['Ana', 'Lakeshore'], disabledRules: ['sarcasm'], pausedSites: [], postGuard: false, severities: { profanity: 'info' } });
    expect(after.disclaimers).toEqual({ ...DEFAULT_SETTINGS.disclaimers, tiktok: 'Mine.' });
  });

  it('undo puts back only what the change altered', () => {
    const before = { ...DEFAULT_SETTINGS, allowList: ['Ana'], pausedSites: ['x' as const] };
    const change = { add: { allowList: ['Ana', 'Lakeshore'] }, remove: { pausedSites: ['x', 'tiktok'] }, set: { postGuard: false } };
    expect(undoOf({ ...before, severities: { sarcasm: 'warning' } }, { setEntries: { severities: { sarcasm: 'error' } } })).toEqual({ setEntries: { severities: { sarcasm: 'warning' } } });
    const undo = undoOf(before, change);
    expect(undo).toEqual({ set: { postGuard: true }, remove: { allowList: ['Lakeshore'] }, add: { pausedSites: ['x'] } });
    // Someone else allowed a word meanwhile: the undo keeps it.
    const meanwhile = applySettingsChange(applySettingsChange(before, change), { add: { allowList: ['Kim'] } });
    expect(applySettingsChange(meanwhile, undo)).toMatchObject({ allowList: ['Ana', 'Kim'], pausedSites: ['x'], postGuard: true });
  });

  it.each([null, [], 'x', { set: [] }, { add: { allowList: 'Ana' } }, { add: { secret: ['x'] } }, { setEntries: { severities: [] } }])('refuses a malformed change %j', (change) => {
    expect(parseSettingsChange(change)).toBeUndefined();
  });
});

describe('the settings writer (background)', () => {
  it('applies changes one at a time to what is stored, so two at once both land', async () => {
    const write = createSettingsWriter(RULE_IDS);
    const results = await Promise.all([write({ add: { allowList: ['Ana'] } }), write({ add: { allowList: ['Kim'] } }), write({ add: { disabledRules: ['sarcasm'] } })]);
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(await readUserSettings()).toMatchObject({ allowList: ['Ana', 'Kim'], disabledRules: ['sarcasm'] });
  });

  it('refuses a change that breaks a limit and stores nothing of it', async () => {
    const write = createSettingsWriter(RULE_IDS);
    expect(await write({ add: { allowList: ['x'.repeat(101)] } })).toEqual({ error: 'Not saved: Each allowed word must be at most 100 characters; one has 101.' });
    expect(await write({ add: { disabledRules: ['no-such-rule'] } })).toMatchObject({ error: expect.stringContaining('do not exist') });
    expect(await write('nonsense')).toEqual({ error: 'Not saved: the change was not understood.' });
    expect(await readUserSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('is never blocked by what an older version stored beyond today\'s limits', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, keepDraftText: true, disclaimers: { ...DEFAULT_SETTINGS.disclaimers, youtube: 'x'.repeat(600) }, disabledRules: ['retired-rule'] });
    const write = createSettingsWriter(RULE_IDS);
    expect(await write({ set: { keepDraftText: false } })).toEqual({ ok: true });
    const stored = await readUserSettings();
    expect(stored.keepDraftText).toBe(false);
    expect(stored.disclaimers.youtube).toHaveLength(500);
    expect(stored.disabledRules).toEqual([]);
  });

  it('says so when storage refuses the write', async () => {
    const write = createSettingsWriter(RULE_IDS);
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    expect(await write({ set: { postGuard: false } })).toMatchObject({ error: expect.stringContaining('no storage space left') });
    expect((await readUserSettings()).postGuard).toBe(true);
  });

  it('tells afterWrite what changed', async () => {
    const afterWrite = vi.fn(async () => {});
    const write = createSettingsWriter(RULE_IDS, afterWrite);
    await write({ set: { keepDraftText: true } });
    expect(afterWrite).toHaveBeenCalledWith(expect.objectContaining({ keepDraftText: false }), expect.objectContaining({ keepDraftText: true }));
  });
});

describe('effective settings', () => {
  const policy = { disclaimers: { x: 'Institution.' }, lockedRules: ['sarcasm'], severities: { profanity: 'error' as const }, postGuard: true, shortDisclaimer: 'Inst.' };

  it('the institution wins where it chose, the user elsewhere', () => {
    const user = { ...DEFAULT_SETTINGS, disabledRules: ['sarcasm', 'profanity'], postGuard: false, severities: { profanity: 'info' as const, religion: 'info' as const } };
    expect(effectiveSettings(user, policy)).toMatchObject({
      disclaimers: { x: 'Institution.', tiktok: DEFAULT_SETTINGS.disclaimers.tiktok },
      shortDisclaimer: 'Inst.',
      disabledRules: ['profanity'],
      severities: { profanity: 'error', religion: 'info' },
      postGuard: true,
      policy,
    });
  });

  it('are read from managed storage too, and followed when the policy changes', async () => {
    const managed: Record<string, unknown> = {};
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((async () => managed) as never);
    const seen: EffectiveSettings[] = [];
    const stop = watchEffectiveSettings((s) => seen.push(s));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.postGuard).toBe(true);

    managed.postGuard = false;
    managed.lockedRules = ['patient-name'];
    fakeBrowser.storage.onChanged.trigger({ postGuard: { newValue: false } }, 'managed');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toMatchObject({ postGuard: false, policy: { lockedRules: ['patient-name'] } });

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, allowList: ['Ana'] });
    await vi.waitFor(() => expect(seen.at(-1)!.allowList).toEqual(['Ana']));
    stop();
    expect((await loadEffectiveSettings()).postGuard).toBe(false);
  });
});

describe('allow this word', () => {
  it.each([
    ['phi.id', '00482913', false],
    ['phi.contact', 'jdoe@mail.com', false],
    ['phi.contact', '555-0134', false],
    ['phi.url', 'pacs/study', false],
    ['phi.name', 'Kowalski', true],
    ['phi.geo', 'Oakdale', true],
    ['prof.profanity', 'damn', true],
    ['phi.name', 'R2D2', false],
    ['phi.time_hint', 'last Tuesday', false],
    ['phi.gender', 'she', false],
    ['phi.name', 'x'.repeat(101), false],
  ] as const)('for %s "%s": %s', (category, actual, offered) => {
    expect(canAllowWord({ category, actual })).toBe(offered);
  });
});
