/**
 * A site is its row in lib/sites/table.ts plus one adapter file in lib/sites/adapters/: this proves
 * every row has its adapter (and no adapter lacks a row), that nothing else in the extension names
 * a site, and that the site is documented and has a fixture for the end-to-end suites.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '@/lib/sites';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { managedSchema } from '@/lib/settings/managed-schema';
import { PLATFORMS, SITE_TABLE } from '@/lib/sites/table';

const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];
const ALLOWED = (file: string): boolean => file === path.join('lib', 'sites', 'table.ts') || file.startsWith(path.join('lib', 'sites', 'adapters') + path.sep);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the table of sites', () => {
  it('has one adapter file per row, in lib/sites/adapters, registered in table order', () => {
    const files = readdirSync('lib/sites/adapters').map((file) => file.replace(/\.ts$/, '')).sort();
    expect(files).toEqual([...PLATFORMS].sort());
    expect(SITES.map((site) => site.id)).toEqual([...PLATFORMS]);
    for (const site of SITES) {
      const row = SITE_TABLE.find((r) => r.id === site.id)!;
      expect([site.name, site.hosts]).toEqual([row.name, row.hosts]);
    }
  });

  it('is the only place outside the adapters that names a site', () => {
    const ids = PLATFORMS.filter((id) => id.length > 1);
    // Quoted ids, ids as object keys ({ tiktok: … }), and comparisons or contexts naming X.
    const named = new RegExp(`['"\`](?:${ids.join('|')})['"\`]|\\b(?:${ids.join('|')})\\s*:|(?:platform|site|id)\\s*[!=]==\\s*['"]x['"]|platform: ['"]x['"]|\\bx: ['"]`);
    const offenders = SOURCE_DIRS.flatMap(sources)
      .filter((file) => !ALLOWED(file))
      .filter((file) => named.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('gives every site a default disclaimer and a place in the managed schema', () => {
    expect(Object.keys(DEFAULT_SETTINGS.disclaimers).sort()).toEqual([...PLATFORMS].sort());
    const schema = managedSchema() as { properties: { disclaimers: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.disclaimers.properties)).toEqual([...PLATFORMS]);
  });

  it('documents every site in the README and has a fixture page for each', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const site of SITE_TABLE) {
      expect(readme, site.name).toContain(site.name);
      const fixtures = readdirSync('tests/e2e/fixtures').filter((file) => file.startsWith(site.id === 'x' ? 'x-' : site.id));
      expect(fixtures.length, site.id).toBeGreaterThan(0);
    }
    expect(existsSync('tests/e2e/fixtures/page.html')).toBe(true);
  });
});
