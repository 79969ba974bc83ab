/**
 * Where the settings live: `sync:settings` for @wxt-dev/storage (utils/settings-store.ts),
 * with their version beside them under the same key and a `$`. Named here because the
 * content script's first module reads them raw, without the storage library
 * (entrypoints/content/site-settings-reader.ts).
 */
export const SETTINGS_AREA = 'sync';
export const SETTINGS_KEY = 'settings';
/** @wxt-dev/storage's key for an item's metadata (`{ v: version }`). */
export const SETTINGS_META_KEY = `${SETTINGS_KEY}$`;
