import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { input, encoding: 'utf8' });

describe('check CLI', () => {
  it('prints findings with offsets for a draft', () => {
    const out = run(['Pt is a 68M, MRN 00482913']);
    expect(out).toContain('3 findings');
    expect(out).toMatch(/8-11\s+error\s+phi\.gender/);
    expect(out).toMatch(/8-11\s+error\s+phi\.age\s+"68M" gives the patient's exact age\./);
    expect(out).toMatch(/17-25\s+error\s+phi\.id/);
  });

  it('answers each JSON line with exactly one JSON line in the stable shape', () => {
    const input = [
      JSON.stringify({ id: 'a', platform: 'x', text: 'Pt is a 68M' }),
      JSON.stringify({ id: 7, platform: 'tiktok', text: 'Kerley B lines 🫁' }),
    ].join('\n');
    const lines = run(['--jsonl'], input).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      {
        id: 'a',
        findings: [
          { ruleId: 'exact-age', category: 'phi.age', severity: 'error', start: 8, end: 11, message: '"68M" gives the patient\'s exact age.' },
          { ruleId: 'patient-gender', category: 'phi.gender', severity: 'error', start: 8, end: 11, message: '"68M" reveals the patient\'s sex.' },
        ],
      },
      { id: 7, findings: [] },
    ]);
  });
});
