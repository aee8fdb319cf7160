/**
 * What a behaviour suite does with a browser, said once for Chromium (Playwright) and Firefox
 * (puppeteer-core over WebDriver BiDi): pages at the real sites' URLs, light-DOM selectors for the
 * site's own elements, and roles and names inside the panel's shadow root, as a person finds them.
 */
import { afterAll, beforeAll } from 'vitest';

/** A role and an accessible name (a substring, case-insensitive, or a pattern) inside a panel. */
export interface ByRole {
  role: 'button' | 'alertdialog' | 'region' | 'dialog' | 'checkbox' | 'status' | 'menuitem';
  name?: string | RegExp;
}

export interface SuitePage {
  goto(url: string): Promise<void>;
  /** Waits for a light-DOM element: attached (the default) or gone. */
  waitFor(selector: string, options?: { timeout?: number; state?: 'attached' | 'detached' }): Promise<void>;
  click(selector: string): Promise<void>;
  attribute(selector: string, name: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  isDisabled(selector: string): Promise<boolean>;
  /** A checkbox's state, and a text field's value. */
  isChecked(selector: string): Promise<boolean>;
  value(selector: string): Promise<string>;
  /** Clicks the first element of the page (outside any panel) with the role and name, as a person finds it. */
  clickByRole(target: ByRole): Promise<void>;
  /** Key chords as Playwright writes them: "Control+a", "Enter". */
  press(keys: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Moves the pointer to, or clicks at, a point of the viewport. */
  pointer(x: number, y: number, action: 'move' | 'click'): Promise<void>;
  evaluate<T, A = undefined>(script: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Replaces a text field's value as a person does: select all, then type. */
  fill(selector: string, text: string): Promise<void>;
  /** Picks a file in a file input, as the site's own picker would. */
  attachFile(selector: string, file: string): Promise<void>;
  /** In the first panel matching `panel`: click, count, wait for (or for the end of) an element by role and name. */
  clickInPanel(panel: string, target: ByRole): Promise<void>;
  countInPanel(panel: string, target: ByRole): Promise<number>;
  waitInPanel(panel: string, target: ByRole, options?: { timeout?: number; state?: 'attached' | 'detached' }): Promise<void>;
  attributeInPanel(panel: string, target: ByRole, name: string): Promise<string | null>;
  textInPanel(panel: string, target: ByRole): Promise<string>;
  screenshot(file: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Adds a stylesheet or a script to the page, as the site would. */
  addStyle(css: string): Promise<void>;
  addScript(source: string): Promise<void>;
  close(): Promise<void>;
}

export interface SuiteBrowser {
  /** "chromium" or "firefox", and its version. */
  name: string;
  version: string;
  newPage(): Promise<SuitePage>;
  /** Whether openExtensionPage can start a page's clock at another time (`now`). */
  setsClock: boolean;
  /** An extension page; with `now` (where setsClock), the page's clock starts at that time instead of the real one. */
  openExtensionPage(file: string, size?: { width: number; height: number }, options?: { now?: number }): Promise<SuitePage>;
  close(): Promise<void>;
}

/** Opens a panel's list as a person does: one click on the host (the badge), unless it is open. */
export async function openPanelList(page: SuitePage, panel: string): Promise<void> {
  const expanded = await page.attributeInPanel(panel, { role: 'button', name: /^Safe Harbor:/ }, 'aria-expanded');
  if (expanded !== 'true') await page.click(panel);
  await page.waitInPanel(panel, { role: 'region' });
}

/**
 * The page-side search by role (passed to the page as a function, so no page CSP stands in its way): elements of the panel's shadow
 * root (or, with no panel, of the page) with the role and whose accessible name contains `name` (or
 * matches the pattern), skipping what is hidden. Roles come from the element (`<button>`,
 * `<section aria-label>`, a checkbox) or `role`; a field's name may come from its `<label>`.
 */
export function findByRole(panelSelector: string | null, role: string, name: string | null, pattern: { source: string; flags: string } | null): Element[] {
  const host = panelSelector ? document.querySelector(panelSelector) : null;
  const root: Document | ShadowRoot | null = panelSelector ? (host?.shadowRoot ?? null) : document;
  if (!root) return [];
  const implicit = (el: Element): string | null => {
    const tag = el.tagName;
    if (tag === 'BUTTON') return 'button';
    if (tag === 'INPUT' && (el as HTMLInputElement).type === 'checkbox') return 'checkbox';
    if (tag === 'SECTION' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))) return 'region';
    if (tag === 'DIALOG') return 'dialog';
    return null;
  };
  const labelled = (el: Element): string => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
    const label = (el as HTMLInputElement).labels?.[0];
    return el.getAttribute('aria-label') ?? (label ? label.textContent : el.textContent) ?? '';
  };
  const hidden = (el: Element): boolean => {
    for (let node: Node | null = el; node && node !== root; node = node.parentNode) {
      if (node.nodeType !== 1) continue;
      if ((node as HTMLElement).hidden || (node as Element).getAttribute('aria-hidden') === 'true') return true;
    }
    return el.getClientRects().length === 0;
  };
  const matcher = pattern ? new RegExp(pattern.source, pattern.flags) : null;
  return [...root.querySelectorAll('*')].filter((el) => {
    if ((el.getAttribute('role') ?? implicit(el)) !== role || hidden(el)) return false;
    const accessible = labelled(el).replace(/\s+/g, ' ').trim();
    if (matcher) return matcher.test(accessible);
    return name === null || accessible.toLowerCase().includes(name.toLowerCase());
  });
}

/** Keeps every file the page hands to a download link, to read it back without a download folder. */
export function recordDownloads(): void {
  const kept: Blob[] = [];
  (window as unknown as { downloads: Blob[] }).downloads = kept;
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) kept.push(blob);
    return create(blob);
  };
}
export const lastDownload = (): Promise<string | null> => (window as unknown as { downloads: Blob[] }).downloads.at(-1)?.text() ?? Promise.resolve(null);
/** The last file handed to a download link, as base64 (for binary files such as a workbook). */
export const lastDownloadBase64 = async (): Promise<string | null> => {
  const blob = (window as unknown as { downloads: Blob[] }).downloads.at(-1);
  if (!blob) return null;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** Run in the page: from now on, every long task's duration (where the browser reports long tasks; Firefox does not) is kept. */
export function recordLongTasks(): void {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  }
}
/** Run in the page: the long tasks' durations kept since `recordLongTasks`. */
export const longTasks = (): number[] => (window as unknown as { longTasks: number[] }).longTasks;

/** One browser for a suite, launched before its tests and closed after them. */
export function sharedSuiteBrowser(launch: () => Promise<SuiteBrowser>): () => SuiteBrowser {
  let browser: SuiteBrowser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
