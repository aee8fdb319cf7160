import type { Platform, Surface } from '../analysis';
import { siteRow } from './table';

export interface ComposeBox {
  element: HTMLElement;
  surface: Surface;
}

/** What Safe Harbor knows about one site: where people write, how to read it, and its limits. */
export interface SiteAdapter {
  id: Platform;
  name: string;
  /** Host names the content script runs on; also the manifest's match patterns. */
  hosts: readonly string[];
  /** Every compose box currently in the page, editor element first (never its wrappers). */
  findBoxes(root: ParentNode): ComposeBox[];
  /** The draft exactly as the site's editor holds it. */
  readText(element: HTMLElement): string;
  /** The element the inline panel goes after: outside the editor, so the editor never sees our nodes. */
  panelAnchor(element: HTMLElement): Element;
  /**
   * The posts of a thread this box belongs to, in order (X's tweetTextarea_0…N); a thread is
   * checked as a whole. Absent or one element: the box stands alone.
   */
  threadOf?(element: HTMLElement): HTMLElement[];
  /** Text of a post the user is quoting or resharing with this box: they answer for it too. */
  quotedText?(element: HTMLElement): string | undefined;
  /** The button that posts what is in `element` (the post guard watches it), if it can be found. */
  postButton(element: HTMLElement): HTMLElement | null;
  /** The generic checker's stand-in for the adapter: a box the site's adapter does not know. */
  generic?: boolean;
  /** Length limits per surface, in the site's own units. */
  limits: Partial<Record<Surface, number>>;
}

/** An adapter: how to read the site's page. Its id, name, hosts and limits come from its row in the table of sites. */
export function defineSite(id: Platform, reading: Omit<SiteAdapter, 'id' | 'name' | 'hosts' | 'limits'>): SiteAdapter {
  const row = siteRow(id);
  if (!row) throw new Error(`No row for "${id}" in the table of sites.`);
  const limits = Object.fromEntries(Object.entries(row.surfaces).filter(([, limit]) => typeof limit === 'number')) as Partial<Record<Surface, number>>;
  return { id, name: row.name, hosts: row.hosts, limits, ...reading };
}
