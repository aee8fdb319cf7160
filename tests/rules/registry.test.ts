/** Every rule file is registered, documented in the README and tested; ids are file names. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, RULES } from '@/lib/analysis';

const RULES_DIR = path.resolve('lib/analysis/rules');
const ruleFiles = readdirSync(RULES_DIR)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));
const readme = readFileSync(path.resolve('README.md'), 'utf8');

describe('rule registry', () => {
  it('registers every rule file, and nothing else', () => {
    expect([...RULES.map((rule) => rule.id)].sort()).toEqual([...ruleFiles].sort());
  });

  it.each(ruleFiles)('%s: id is its file name, with a known category, a title and a note', async (file) => {
    const rule = (await import(`../../lib/analysis/rules/${file}.ts`)).default;
    expect(rule.id).toBe(file);
    expect(RULES).toContain(rule);
    expect(CATEGORY_IDS).toContain(rule.category);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.note.length).toBeGreaterThan(20);
  });

  it.each(ruleFiles)('%s: is documented once in the README rules table', (file) => {
    const rows = readme.split('\n').filter((line) => line.startsWith(`| \`${file}\` |`));
    expect(rows).toHaveLength(1);
  });

  it.each(ruleFiles)('%s: has a fixture file', (file) => {
    expect(existsSync(path.resolve(`tests/rules/${file}.test.ts`))).toBe(true);
  });
});
