import type { Surface } from './types';

/** The disclaimer suggested and inserted until the user sets their own (kept apart so content scripts can use it without the engine). */
export const DEFAULT_DISCLAIMER = 'Views my own; not medical advice.';

/** Offered when the full disclaimer does not fit the platform's limit. */
export const DEFAULT_SHORT_DISCLAIMER = 'Not medical advice.';

/** A video title cannot carry a disclaimer: its description does. */
export const holdsDisclaimer = (surface: Surface | undefined): boolean => surface !== 'title';
