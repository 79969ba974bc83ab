/**
 * Settings are stored with a version number; each migration turns version n - 1 into n.
 * @wxt-dev/storage runs them in order on read, so a reader upgrading from any version
 * keeps what they chose.
 */
export const SETTINGS_VERSION = 2;

/**
 * Version 1 (the first slice's design): `highlight` ('underline' | 'background' | 'off'),
 * `hoverDelay` in ms, `blockedSites` as host names.
 */
export interface SettingsV1 {
  highlight?: unknown;
  hoverDelay?: unknown;
  blockedSites?: unknown;
}

export function migrateV1toV2(v1: unknown): Record<string, unknown> {
  const old = (v1 && typeof v1 === 'object' ? v1 : {}) as SettingsV1;
  const next: Record<string, unknown> = {};
  if (old.highlight === 'off') next.mode = 'hover-only';
  else if (old.highlight === 'background') next.markStyle = 'background';
  else if (old.highlight === 'underline') next.markStyle = 'dotted';
  if (typeof old.hoverDelay === 'number') next.hoverDelayMs = Math.round(Math.min(2000, Math.max(0, old.hoverDelay)));
  if (Array.isArray(old.blockedSites)) next.denySites = old.blockedSites.filter((s): s is string => typeof s === 'string');
  return next;
}

/** Keyed by the version each migration produces, as @wxt-dev/storage expects. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1toV2,
};
