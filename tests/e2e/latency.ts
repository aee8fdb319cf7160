/** Keystroke-to-panel latency, measured inside the page: shared by the speed test and the everyday suite. */

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
