/**
 * Sites the user grants from the options page ("Also check LinkedIn"): an optional host permission,
 * asked for on their click, and the content script registered for those hosts only while it is
 * granted (Chrome: chrome.scripting; Firefox: browser.contentScripts). Nothing runs there before.
 */
import { browser } from 'wxt/browser';
import { hostMatches, SITE_TABLE, type SiteRow } from './table';

const CONTENT_SCRIPT = '/content-scripts/content.js';
export const OPTIONAL_SITES: readonly SiteRow[] = SITE_TABLE.filter((site) => site.optional);

type Registered = { unregister(): Promise<void> };
const firefoxRegistrations = new Map<string, Registered>();

/** Whether the user has granted `site`'s hosts. */
export async function isGranted(site: SiteRow): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: hostMatches(site) });
  } catch {
    return false; // no permissions API here: nothing was granted
  }
}

/**
 * Whether a message comes from a page Safe Harbor checks: a site of its own, or one the user still
 * grants. A LinkedIn tab opened before the grant was taken back keeps its content script running,
 * and is refused from then on. Extension pages (no URL of a site) are not content scripts.
 */
export async function fromCheckedSite(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  const site = SITE_TABLE.find((row) => (row.hosts as readonly string[]).includes(host));
  return !!site && (!site.optional || (await isGranted(site)));
}

/** Asks for `site`'s hosts (a browser prompt; needs the user's click) or gives them up. */
export async function setGranted(site: SiteRow, granted: boolean): Promise<boolean> {
  const origins = hostMatches(site);
  return granted ? browser.permissions.request({ origins }) : browser.permissions.remove({ origins }).then(() => false);
}

let syncing = Promise.resolve();

/** The content script runs on each granted optional site, and on no other. One sync at a time. */
export function syncGrantedScripts(): Promise<void> {
  syncing = syncing.then(syncOnce, syncOnce);
  return syncing;
}

async function syncOnce(): Promise<void> {
  for (const site of OPTIONAL_SITES) {
    const granted = await isGranted(site);
    const id = `site-${site.id}`;
    const scripting = (globalThis as unknown as { chrome?: { scripting?: ChromeScripting } }).chrome?.scripting;
    if (scripting?.registerContentScripts) {
      const existing = await scripting.getRegisteredContentScripts({ ids: [id] }).catch(() => []);
      if (granted && existing.length === 0) await scripting.registerContentScripts([{ id, matches: hostMatches(site), js: [CONTENT_SCRIPT.slice(1)], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true }]);
      if (!granted && existing.length > 0) await scripting.unregisterContentScripts({ ids: [id] });
      continue;
    }
    const contentScripts = (browser as unknown as { contentScripts?: { register(options: unknown): Promise<Registered> } }).contentScripts;
    if (!contentScripts) continue;
    if (granted && !firefoxRegistrations.has(id)) firefoxRegistrations.set(id, await contentScripts.register({ matches: hostMatches(site), js: [{ file: CONTENT_SCRIPT }], allFrames: true, runAt: 'document_idle' }));
    if (!granted && firefoxRegistrations.has(id)) {
      await firefoxRegistrations.get(id)!.unregister();
      firefoxRegistrations.delete(id);
    }
  }
}

interface ChromeScripting {
  registerContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
}
