import { browser } from 'wxt/browser';
import { readSiteSettings } from '../../lib/settings/site-settings';
import { SETTINGS_AREA, SETTINGS_KEY, SETTINGS_META_KEY } from '../../lib/settings/storage-key';
import type { SiteSettings } from '../../lib/sites/page-mode';

/**
 * The settings that decide whether Termlight runs on this page, read straight from storage:
 * the storage library and the settings' schemas belong to the main module, which most pages
 * never load. Still never trusted as stored (lib/settings/site-settings.ts).
 */
export async function loadSiteSettings(): Promise<SiteSettings> {
  const stored = await browser.storage[SETTINGS_AREA].get([SETTINGS_KEY, SETTINGS_META_KEY]);
  return readSiteSettings(stored[SETTINGS_KEY], stored[SETTINGS_META_KEY]);
}

/** Calls `onChange` whenever the stored settings change; returns the function that stops it. */
export function watchSiteSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === SETTINGS_AREA && (Object.hasOwn(changes, SETTINGS_KEY) || Object.hasOwn(changes, SETTINGS_META_KEY))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
