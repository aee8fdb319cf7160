import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/analysis';
import { historyCsv, type Flag } from '@/lib/history';
import { DEFAULT_SETTINGS, exportSettings, parseSettingsFile, SETTINGS_LIMITS } from '@/lib/settings';

const RULE_IDS = RULES.map((r) => r.id);

describe('settings file', () => {
  it('round-trips exported settings', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledRules: ['profanity'], allowList: ['Dr. Ana Ruiz'], severities: { sarcasm: 'warning' as const } };
    expect(parseSettingsFile(exportSettings(settings), RULE_IDS)).toEqual({ settings });
  });

  it.each([
    ['not json', 'This file is not valid JSON.'],
    ['{"format":"other"}', 'This is not a Safe Harbor settings file.'],
    ['{"format":"safe-harbor-settings","version":9,"settings":{}}', 'Settings version 9 is not supported'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"disabledRules":["no-such-rule"]}}', 'rules that do not exist: no-such-rule'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"pausedSites":["myspace"]}}', 'Paused sites must list platforms'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"severities":{"profanity":"fatal"}}}', 'must be error, warning or info'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"disclaimers":{"x":42}}}', 'The x disclaimer must be a text'],
    ['{"format":"safe-harbor-settings","version":1,"settings":[]}', 'must be an object'],
    ['{"format":"safe-harbor-settings","version":1}', 'no settings in it'],
    ['[]', 'not a Safe Harbor settings file'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"allowList":"Ana"}}', 'Allowed words must be a list'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"ignored":["' + 'x'.repeat(200) + '"]}}', 'short codes, not text'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"retentionDays":0}}', 'whole number from 1 to 3,650'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"postGuard":"yes"}}', '"postGuard" must be true or false'],
  ])('rejects %s with a clear message', (json, message) => {
    const result = parseSettingsFile(json, RULE_IDS);
    expect('error' in result && result.error).toContain(message);
  });
});

describe('settings file limits', () => {
  const file = (settings: unknown) => JSON.stringify({ format: 'safe-harbor-settings', version: 1, settings });

  it('refuses a file over 1 MB before parsing it', () => {
    const result = parseSettingsFile(file({ allowList: ['a'] }) + ' '.repeat(1_048_577), RULE_IDS);
    expect(result).toEqual({ error: 'This file is larger than 1 MB; a settings file is far smaller.' });
  });

  it(`refuses more than ${SETTINGS_LIMITS.allowListEntries} allowed words, or one longer than ${SETTINGS_LIMITS.allowListEntryLength} characters`, () => {
    const many = Array.from({ length: SETTINGS_LIMITS.allowListEntries + 1 }, (_, i) => `word${i}`);
    expect(parseSettingsFile(file({ allowList: many }), RULE_IDS)).toEqual({ error: 'Allowed words can hold at most 2,000 entries; this has 2,001.' });
    expect(parseSettingsFile(file({ allowList: ['x'.repeat(101)] }), RULE_IDS)).toEqual({ error: 'Each allowed word must be at most 100 characters; one has 101.' });
    expect(parseSettingsFile(file({ allowList: many.slice(1) }), RULE_IDS)).toMatchObject({ settings: { allowList: many.slice(1) } });
  });

  it('keeps defaults for settings a file leaves out', () => {
    expect(parseSettingsFile(file({ postGuard: false }), RULE_IDS)).toEqual({ settings: { ...DEFAULT_SETTINGS, postGuard: false } });
  });
});

describe('history CSV', () => {
  it('has a header and one quoted row per flag, with formulas defused', () => {
    const flag: Flag = {
      id: 1, draftId: 'd', fingerprint: 'f', site: 'x', surface: 'post', ruleId: 'exact-age', category: 'phi.age', severity: 'error',
      excerpt: '=HYPERLINK("x") a [AGE] "quoted"', createdAt: Date.UTC(2026, 10, 28), updatedAt: 0, outcome: null,
    };
    expect(historyCsv([flag])).toBe(
      'time,site,surface,rule,category,severity,outcome,excerpt\r\n"2026-11-28T00:00:00.000Z","x","post","exact-age","phi.age","error","","\'=HYPERLINK(""x"") a [AGE] ""quoted"""\r\n',
    );
  });

  it.each(['\t=1+1', '\r=1+1', '+1', '-1', '@SUM(A1)'])('defuses a cell starting with %j', (excerpt) => {
    const flag = { id: 1, draftId: 'd', fingerprint: 'f', site: 'x', surface: 'post', ruleId: 'exact-age', category: 'phi.age', severity: 'error', excerpt, createdAt: 0, updatedAt: 0, outcome: 'fixed' } as Flag;
    expect(historyCsv([flag]).split('\r\n')[1]).toBe(`"1970-01-01T00:00:00.000Z","x","post","exact-age","phi.age","error","fixed","'${excerpt}"`);
  });
});
