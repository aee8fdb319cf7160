import instagram from './instagram';
import tiktok from './tiktok';
import type { SiteAdapter } from './types';
import x from './x';
import youtube from './youtube';

export type { ComposeBox, SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [x, instagram, youtube, tiktok];

/** The manifest's match patterns: the four sites and nothing else. */
export const SITE_MATCHES = SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));

export function siteForHost(hostname: string): SiteAdapter | undefined {
  return SITES.find((site) => site.hosts.includes(hostname));
}
