/** Keystroke-to-panel latency, measured inside the page, the same way in Chromium and in Firefox. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { SuiteBrowser } from '../e2e/driver';

export const X_EDITOR = '[data-testid="tweetTextarea_0"][role="textbox"]';
export const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
/** Keystrokes measured per browser: enough that the 95th percentile is not simply the slowest one. */
export const LATENCY_SAMPLES = 100;

/**
 * Run in the page before a key is pressed: from that keydown to the panel's next "ready", written
 * to `window.latency`.
 */
export function armLatencyInPage(panelSelector: string): void {
  const w = window as unknown as { latency?: number };
  w.latency = undefined;
  let start = 0;
  const host = document.querySelector(panelSelector)!;
  document.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
  const observer = new MutationObserver(() => {
    if (start && host.getAttribute('data-status') === 'ready') {
      observer.disconnect();
      w.latency = performance.now() - start;
    }
  });
  observer.observe(host, { attributes: true, attributeFilter: ['data-status'] });
}

/** Run in the page: the latency measured since `armLatencyInPage`, once there is one. */
export function latencyInPage(): number | undefined {
  return (window as unknown as { latency?: number }).latency;
}

export const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/**
 * Warm latency on X's composer: a draft is typed and checked once, then each sample types a word
 * and, once the word's start has been checked, times its last key, alternating a word the engine
 * flags with one it does not, so that the panel's findings change every other time.
 */
export async function warmLatency(browser: SuiteBrowser, samples = LATENCY_SAMPLES): Promise<{ p50: number; p95: number; max: number }> {
  const page = await browser.newPage();
  await page.goto('https://x.com/home');
  await page.waitFor(X_EDITOR);
  await page.click(X_EDITOR);
  await page.type('Draft about a case');
  await page.waitFor(`${PANEL}[data-status="ready"]`, { timeout: 5_000 });
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const word = i % 2 === 0 ? ' 45 y/o' : ' ok';
    await page.type(word.slice(0, -1));
    // The word's start is checked and answered first, so that the answer timed is the last key's.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await page.waitFor(`${PANEL}[data-status="ready"]`, { timeout: 5_000 });
    await page.evaluate(armLatencyInPage, PANEL);
    await page.type(word.slice(-1));
    const end = Date.now() + 5_000;
    let latency: number | undefined;
    while ((latency = await page.evaluate(latencyInPage)) === undefined) {
      if (Date.now() > end) throw new Error('The panel did not update within 5 s of a keystroke.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    latencies.push(latency);
  }
  await page.close();
  return { p50: Math.round(percentile(latencies, 0.5)), p95: Math.round(percentile(latencies, 0.95)), max: Math.round(Math.max(...latencies)) };
}

/** Writes a browser's figures to test-results/speed-<browser>.json and prints them. */
export function report(browser: string, results: Record<string, number | string>): void {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(path.join('test-results', `speed-${browser}.json`), JSON.stringify(results, null, 2));
  console.log(`Safe Harbor in-browser speed (${browser}):`, results);
}

/** The warm-latency test, the same in both browsers: its figures go into `results`. */
export function warmLatencyTest(launch: () => Promise<SuiteBrowser>, results: Record<string, number | string>): void {
  it('updates the panel soon after the last keystroke', async () => {
    const browser = await launch();
    try {
      results.browser = browser.version;
      const latency = await warmLatency(browser);
      Object.assign(results, { latencyP50Ms: latency.p50, latencyP95Ms: latency.p95, latencyMaxMs: latency.max });
      expect(latency.p95).toBeLessThan(1000);
    } finally {
      await browser.close();
    }
  }, 120_000);
}
