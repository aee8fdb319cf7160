import type { Platform, Severity } from '../analysis/types';
import type { Settings } from './user-settings';

/** Settings that are lists: changed by adding or removing entries, so that two changes at once both land. */
export type ListSetting = 'disabledRules' | 'allowList' | 'pausedSites' | 'ignored';

/**
 * A change to the user's settings, as data: pages and content scripts send it and the background
 * applies it, one change at a time, to what is stored at that moment.
 */
export interface SettingsChange {
  /** Replaces these settings whole. */
  set?: Partial<Settings>;
  /** Sets single entries of a map, leaving the others as they are. */
  setEntries?: { disclaimers?: Partial<Record<Platform, string>>; severities?: Record<string, Severity> };
  add?: Partial<Record<ListSetting, string[]>>;
  remove?: Partial<Record<ListSetting, string[]>>;
}

export type SettingsChangeResult = { ok: true } | { error: string };

const LIST_SETTINGS: readonly ListSetting[] = ['disabledRules', 'allowList', 'pausedSites', 'ignored'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * A change as the background accepts it from a message: each part of the right shape, or the
 * whole change refused. Values are validated after they are applied (validateSettings).
 */
export function parseSettingsChange(data: unknown): SettingsChange | undefined {
  if (!isObject(data)) return undefined;
  const change: SettingsChange = {};
  if (data.set !== undefined) {
    if (!isObject(data.set)) return undefined;
    change.set = data.set as Partial<Settings>;
  }
  if (data.setEntries !== undefined) {
    const entries = data.setEntries;
    if (!isObject(entries) || (entries.disclaimers !== undefined && !isObject(entries.disclaimers)) || (entries.severities !== undefined && !isObject(entries.severities))) return undefined;
    change.setEntries = entries as SettingsChange['setEntries'];
  }
  for (const part of ['add', 'remove'] as const) {
    const lists = data[part];
    if (lists === undefined) continue;
    if (!isObject(lists) || Object.entries(lists).some(([key, value]) => !LIST_SETTINGS.includes(key as ListSetting) || !isStringList(value))) return undefined;
    change[part] = lists as Partial<Record<ListSetting, string[]>>;
  }
  return change;
}

/** The settings after the change (not yet validated: see validateSettings). */
export function applySettingsChange(current: Settings, change: SettingsChange): Settings {
  const next: Settings = { ...current, ...change.set };
  if (change.setEntries?.disclaimers) next.disclaimers = { ...next.disclaimers, ...change.setEntries.disclaimers };
  if (change.setEntries?.severities) next.severities = { ...next.severities, ...change.setEntries.severities };
  for (const key of LIST_SETTINGS) {
    const added = change.add?.[key];
    const removed = new Set(change.remove?.[key] ?? []);
    if (!added && removed.size === 0) continue;
    const list = [...new Set([...(next[key] as string[]), ...(added ?? [])])].filter((entry) => !removed.has(entry));
    (next as unknown as Record<ListSetting, string[]>)[key] = list;
  }
  return next;
}

/** The change that puts back what `change` altered in `before`, and nothing else. */
export function undoOf(before: Settings, change: SettingsChange): SettingsChange {
  const undo: SettingsChange = {};
  if (change.set) undo.set = Object.fromEntries(Object.keys(change.set).map((key) => [key, before[key as keyof Settings]]));
  if (change.setEntries?.disclaimers) {
    undo.setEntries = { ...undo.setEntries, disclaimers: Object.fromEntries(Object.keys(change.setEntries.disclaimers).map((p) => [p, before.disclaimers[p as Platform]])) };
  }
  if (change.setEntries?.severities) {
    // A severity that was the rule's default has no entry to go back to: the change is undone by the previous entries only.
    const previous = Object.fromEntries(Object.keys(change.setEntries.severities).flatMap((id) => (before.severities[id] ? [[id, before.severities[id]]] : [])));
    if (Object.keys(previous).length) undo.setEntries = { ...undo.setEntries, severities: previous };
  }
  for (const key of LIST_SETTINGS) {
    const had = new Set(before[key] as string[]);
    const newlyAdded = (change.add?.[key] ?? []).filter((entry) => !had.has(entry));
    const reallyRemoved = (change.remove?.[key] ?? []).filter((entry) => had.has(entry));
    if (newlyAdded.length) (undo.remove ??= {})[key] = newlyAdded;
    if (reallyRemoved.length) (undo.add ??= {})[key] = reallyRemoved;
  }
  return undo;
}
