import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import type { SiteSettings } from '../sites/page-mode';

/** DEFAULT_SETTINGS' values (a unit test keeps them equal): importing them would bring zod along. */
const defaultSiteSettings = (): SiteSettings => ({ allowSites: [], denySites: [], everywhere: false });

/** The same rule as hostSchema (lib/settings/schema.ts), written out so no schema is built. */
const HOST = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/;
const MAX_HOST_LENGTH = 253;
const MAX_SITES = 1000;

/** A stored site as hostSchema reads it, or undefined where hostSchema would refuse it. */
function readHost(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const host = value.trim().toLowerCase();
  if (!HOST.test(host) || host.length > MAX_HOST_LENGTH) return undefined;
  return host.replace(/^www\./, '');
}

/** A stored list of sites; undefined when any of it is corrupt, as the list's schema would fail whole. */
function readSites(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_SITES) return undefined;
  const sites: string[] = [];
  for (const item of value as unknown[]) {
    const host = readHost(item);
    if (host === undefined) return undefined;
    sites.push(host);
  }
  return sites;
}

/**
 * The three settings that decide whether Termlight runs on a page (lib/sites/page-mode.ts),
 * read from storage as parseSettings would read them, without building zod's schemas: the
 * content script's first module does this on every page, and most pages then stay dark.
 * A corrupt field falls back to its default, as there. `storedVersion` is the settings'
 * version as @wxt-dev/storage keeps it beside them (`{ v }`); older settings are migrated
 * first, as the storage item does on read. A unit test holds it to parseSettings.
 */
export function readSiteSettings(stored: unknown, storedVersion: unknown): SiteSettings {
  const defaults = defaultSiteSettings();
  let raw = stored;
  if (raw === undefined || raw === null) return defaults;
  // As @wxt-dev/storage reads it: no version stored means version 1.
  const version = (storedVersion as { v?: unknown } | null | undefined)?.v ?? 1;
  if (typeof version === 'number') {
    for (let v = version + 1; v <= SETTINGS_VERSION; v++) raw = SETTINGS_MIGRATIONS[v]?.(raw) ?? raw;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return defaults;
  const record = raw as Record<string, unknown>;
  const field = <T>(key: keyof SiteSettings, read: (value: unknown) => T | undefined, fallback: T): T =>
    Object.hasOwn(record, key) ? (read(record[key]) ?? fallback) : fallback;
  return {
    allowSites: field('allowSites', readSites, defaults.allowSites),
    denySites: field('denySites', readSites, defaults.denySites),
    everywhere: field('everywhere', (v) => (typeof v === 'boolean' ? v : undefined), defaults.everywhere),
  };
}
