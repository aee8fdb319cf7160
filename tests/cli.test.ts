import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../lib/analysis';
import { answerLine, MAX_LINE_LENGTH } from '../scripts/jsonl';

// The real engine, wrapped so that one test can make it fail (spawned CLIs are not affected).
vi.mock('../lib/analysis', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../lib/analysis')>();
  return { ...actual, analyze: vi.fn(actual.analyze) };
});

const CLI = ['--import', 'tsx', 'scripts/check.ts'];

const run = (args: string[], input?: string) => execFileSync(process.execPath, [...CLI, ...args], { input, encoding: 'utf8' });

/** Runs `check --jsonl` on the lines; whatever its exit code, returns it with stdout parsed line by line. */
function runJsonl(lines: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [...CLI, '--jsonl'], { input: lines.map((l) => `${l}\n`).join(''), encoding: 'utf8' });
  return { status, stderr, answers: stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line)) };
}

const AGE_68M = [
  { ruleId: 'exact-age', category: 'phi.age', severity: 'error', start: 8, end: 11, message: '"68M" gives the patient\'s exact age.' },
  { ruleId: 'patient-gender', category: 'phi.gender', severity: 'error', start: 8, end: 11, message: '"68M" reveals the patient\'s sex.' },
];

describe('check CLI', { timeout: 30_000 }, () => {
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
      { id: 'a', findings: AGE_68M },
      { id: 7, findings: [] },
    ]);
  });

  it('answers bad lines with an error line in their place, and exits 1', () => {
    const { status, answers } = runJsonl([
      JSON.stringify({ id: 'a', text: 'Pt is a 68M' }),
      '{"id": "broken", "text": ',
      '[1, 2]',
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 7, text: 'Pt is a 68M' }),
      '',
      JSON.stringify({ id: true, text: 'boolean id' }),
      JSON.stringify({ id: 'c', text: 42 }),
      '"just a string"',
    ]);
    expect(status).toBe(1);
    expect(answers).toEqual([
      { id: 'a', findings: AGE_68M },
      { id: null, line: 2, error: expect.stringMatching(/^not valid JSON/) },
      { id: null, line: 3, error: 'not a JSON object' },
      { id: null, line: 4, error: 'missing "id"' },
      { id: 'b', error: 'missing "text"' },
      { id: 7, findings: AGE_68M },
      { id: null, line: 7, error: 'blank line: expected a JSON object' },
      { id: null, line: 8, error: '"id" must be a string or a number' },
      { id: 'c', error: '"text" must be a string' },
      { id: null, line: 10, error: 'not a JSON object' },
    ]);
  });

  it('refuses a line over the length limit, saying the limit', () => {
    const long = JSON.stringify({ id: 'long', text: 'a'.repeat(MAX_LINE_LENGTH) });
    const { status, answers } = runJsonl([long, JSON.stringify({ id: 'short', text: 'fine' })]);
    expect(status).toBe(1);
    expect(answers).toEqual([
      { id: 'long', error: `line is ${long.length} characters long; the limit is 1,000,000` },
      { id: 'short', findings: [] },
    ]);
  });

  it('checks attached files: their findings carry the file index, unreadable files are errors, never a lost line', () => {
    const { status, stderr, answers } = runJsonl([
      JSON.stringify({ id: 'img', platform: 'instagram', text: 'Pt is a 68M', images: ['tests/fixtures/images/study.dcm', 'tests/fixtures/images/missing.png', 'tests/fixtures/images/not-an-image.png'] }),
      JSON.stringify({ id: 'none', text: 'Pt is a 68M', images: [] }),
      JSON.stringify({ id: 'bad', text: 'Pt is a 68M', images: 'scan.png' }),
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain('1 of 3 lines refused');
    const [img, none, bad] = answers as Array<{ id: string; findings: Array<Record<string, unknown>>; errors?: unknown; error?: string }>;
    expect(img!.findings.slice(0, AGE_68M.length)).toEqual(AGE_68M);
    const fromFiles = img!.findings.slice(AGE_68M.length);
    expect(new Set(fromFiles.map((f) => f.image))).toEqual(new Set([0]));
    expect(fromFiles.map((f) => f.category)).toEqual(expect.arrayContaining(['phi.name', 'phi.id', 'phi.date']));
    expect(fromFiles.every((f) => !('start' in f) && f.ruleId === 'dicom-header')).toBe(true);
    expect(img!.errors).toEqual([
      { image: 1, message: 'could not read the file: ENOENT' },
      { image: 2, message: 'Could not read this file; check it yourself before posting.' },
    ]);
    expect(none).toEqual({ id: 'none', findings: AGE_68M });
    expect(bad).toEqual({ id: 'bad', error: '"images" must be an array of file paths' });
  });

  it('stops quietly with exit code 0 when the reader closes stdout early', async () => {
    const child = spawn(process.execPath, [...CLI, '--jsonl']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => {}); // the CLI may exit before it has read everything
    child.stdout.once('data', () => child.stdout.destroy());
    const line = JSON.stringify({ id: 'x', platform: 'x', text: 'Pt is a 68M, MRN 00482913, seen at Mercy General' });
    child.stdin.end(`${line}\n`.repeat(20_000));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('answerLine', () => {
  it("turns an engine error on one record into that line's error", () => {
    vi.mocked(analyze).mockImplementationOnce(() => {
      throw new Error('boom');
    });
    expect(answerLine(JSON.stringify({ id: 'e', text: 'Pt is a 68M' }), 1)).toEqual({ id: 'e', error: 'engine error: boom' });
    expect(answerLine(JSON.stringify({ id: 'f', text: 'Pt is a 68M' }), 2)).toEqual({ id: 'f', findings: AGE_68M });
  });
});
