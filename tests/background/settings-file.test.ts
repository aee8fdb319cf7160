import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/analysis';
import type { Flag } from '@/lib/db';
import { historyCsv } from '@/lib/history-csv';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { exportSettings, parseSettingsFile } from '@/lib/settings-file';

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
    ['{"format":"safe-harbor-settings","version":1,"settings":{"pausedSites":["myspace"]}}', '"pausedSites" must list platforms'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"severities":{"profanity":"fatal"}}}', 'must be error, warning or info'],
    ['{"format":"safe-harbor-settings","version":1,"settings":{"disclaimers":{"x":42}}}', 'The x disclaimer must be a text'],
  ])('rejects %s with a clear message', (json, message) => {
    const result = parseSettingsFile(json, RULE_IDS);
    expect('error' in result && result.error).toContain(message);
  });
});

describe('history CSV', () => {
  it('has a header and one quoted row per flag, with formulas defused', () => {
    const flag: Flag = {
      id: 1, draftId: 'd', fingerprint: 'f', site: 'x', surface: 'post', ruleId: 'exact-age', category: 'phi.age', severity: 'error',
      excerpt: '=HYPERLINK("x") a [AGE] "quoted"', createdAt: Date.UTC(2026, 10, 28), updatedAt: 0, outcome: null,
    };
    expect(historyCsv([flag])).toBe(
      'time,site,surface,rule,category,severity,excerpt\r\n"2026-11-28T00:00:00.000Z","x","post","exact-age","phi.age","error","\'=HYPERLINK(""x"") a [AGE] ""quoted"""\r\n',
    );
  });
});
