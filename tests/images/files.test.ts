// @vitest-environment node
/** The generated attachment set (tests/fixtures/images): every expected category found, clean files clean, broken files said so. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImage } from '@/lib/images';
import { nodeFaces } from '../../scripts/faces-node';
import { nodeOcr, stopOcr } from '../../scripts/ocr-node';

const DIR = path.resolve('tests/fixtures/images');
const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, string[] | 'error'>;

afterAll(async () => {
  await stopOcr();
});

describe('attachment files', () => {
  it('has an expectation for every file, and at least 12 files', () => {
    const files = readdirSync(DIR).filter((f) => !/\.(?:json|md)$/.test(f));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(Object.entries(expected))('%s', async (file, want) => {
    const report = await checkImage(new Uint8Array(readFileSync(path.join(DIR, file))), { ocr: nodeOcr, faces: nodeFaces });
    const categories = [...new Set(report.findings.map((f) => f.category))].sort();
    if (want === 'error') {
      expect(report.error).toBeTruthy();
      expect(categories).toEqual([]);
    } else {
      expect(report.error).toBeUndefined();
      expect(categories).toEqual([...want].sort());
    }
  }, 30_000);
});
