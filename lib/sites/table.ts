/**
 * The one table of sites. Everything that differs by site and is not reading its page lives here:
 * the engine's `Platform`, host names and the manifest's matches, length limits per surface, the
 * editor kinds, which rules apply, and whether the user grants the site. A new site is this row
 * plus one adapter file in this folder (`tests/sites/registry.test.ts` proves nothing else names it).
 * Pure data: the engine reads it too.
 */

/** Where a site's user writes: the engine's `Surface`. */
export const SURFACES = ['post', 'reply', 'comment', 'caption', 'title', 'description', 'community'] as const;
export type Surface = (typeof SURFACES)[number];

export type EditorKindName = 'draft' | 'lexical' | 'quill' | 'contenteditable' | 'textfield';

export interface SiteRow {
  id: string;
  name: string;
  /** Host names the content script runs on. */
  hosts: readonly string[];
  /** The surfaces the site has, each with its length limit in the site's own units (null: none checked). */
  surfaces: Readonly<Partial<Record<Surface, number | null>>>;
  /** How the site counts length: X weighs characters (emoji 2, any link 23); the others count UTF-16 units. */
  lengthUnit: 'x-weighted' | 'utf16';
  /** Where a post is written (the surface the options and the checker preview a disclaimer on). */
  postSurface: Surface;
  editors: readonly EditorKindName[];
  /** Surfaces where Enter sends what was written: line breaks are never typed there. */
  enterSends: readonly Surface[];
  /** Videos live on: a title or description that dates itself is flagged (the evergreen rule). */
  evergreen: boolean;
  /** A post here is a picture or a video first: talk of a person's face means their face is shown. */
  visual: boolean;
  /** Checked only once the user grants the site from the options page (optional host permission). */
  optional: boolean;
}

export const SITE_TABLE = [
  { id: 'x', name: 'X', hosts: ['x.com', 'twitter.com'], surfaces: { post: 280, reply: 280 }, lengthUnit: 'x-weighted', postSurface: 'post', editors: ['draft'], enterSends: [], evergreen: false, visual: false, optional: false },
  { id: 'instagram', name: 'Instagram', hosts: ['www.instagram.com'], surfaces: { caption: 2200, comment: 2200 }, lengthUnit: 'utf16', postSurface: 'caption', editors: ['lexical', 'textfield'], enterSends: ['comment'], evergreen: false, visual: true, optional: false },
  {
    id: 'youtube',
    name: 'YouTube',
    hosts: ['www.youtube.com', 'studio.youtube.com'],
    surfaces: { comment: 10000, community: 10000, title: 100, description: 5000 },
    lengthUnit: 'utf16',
    postSurface: 'description',
    editors: ['contenteditable'],
    enterSends: [],
    evergreen: true,
    visual: false,
    optional: false,
  },
  { id: 'tiktok', name: 'TikTok', hosts: ['www.tiktok.com'], surfaces: { caption: 4000, comment: 150 }, lengthUnit: 'utf16', postSurface: 'caption', editors: ['draft'], enterSends: ['comment'], evergreen: true, visual: true, optional: false },
  { id: 'linkedin', name: 'LinkedIn', hosts: ['www.linkedin.com'], surfaces: { post: 3000, comment: 1250 }, lengthUnit: 'utf16', postSurface: 'post', editors: ['quill'], enterSends: [], evergreen: false, visual: false, optional: true },
] as const satisfies readonly SiteRow[];

export type Platform = (typeof SITE_TABLE)[number]['id'];
export const PLATFORMS: readonly Platform[] = SITE_TABLE.map((site) => site.id);

export function siteRow(id: string | undefined): SiteRow | undefined {
  return SITE_TABLE.find((site) => site.id === id);
}

export const siteName = (id: Platform): string => siteRow(id)!.name;

/** "X, Instagram, YouTube and TikTok": the sites, for sentences. `optional` ones only when asked. */
export function siteNames({ optional = false }: { optional?: boolean } = {}): string {
  const names = SITE_TABLE.filter((site) => optional || !site.optional).map((site) => site.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** The site whose drafts the warm-up check and the checker start with: the first in the table. */
export const FIRST_PLATFORM: Platform = SITE_TABLE[0].id;

/** Match patterns for a site's hosts. */
export const hostMatches = (site: SiteRow): string[] => site.hosts.map((host) => `https://${host}/*`);

/** The manifest's content-script matches: the sites checked without asking. */
export const DEFAULT_MATCHES = SITE_TABLE.filter((site) => !site.optional).flatMap(hostMatches);
/** Host permissions the user grants from the options page. */
export const OPTIONAL_MATCHES = SITE_TABLE.filter((site) => site.optional).flatMap(hostMatches);
