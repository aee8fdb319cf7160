import { PLATFORMS } from './table';
import type { SiteAdapter } from './types';

export type { ComposeBox, SiteAdapter } from './types';

/** Every adapter in ./adapters, in the table's order: a site is its row in table.ts plus its file there. */
const adapters = Object.values(import.meta.glob<{ default: SiteAdapter }>('./adapters/*.ts', { eager: true })).map((module) => module.default);
export const SITES: readonly SiteAdapter[] = PLATFORMS.map((id) => adapters.find((adapter) => adapter.id === id)).filter((adapter): adapter is SiteAdapter => !!adapter);

export function siteForHost(hostname: string): SiteAdapter | undefined {
  return SITES.find((site) => site.hosts.includes(hostname));
}
