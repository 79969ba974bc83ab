import { storage } from '@wxt-dev/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../lib/settings/migrations';
import { parseSettings, type Settings, type SettingsProblem } from '../lib/settings/schema';
import { SETTINGS_AREA, SETTINGS_KEY } from '../lib/settings/storage-key';

/**
 * The reader's settings, synced between their browsers. Stored raw and parsed on every
 * read, so a value corrupted in storage (or by another version) never reaches the UI as is.
 */
export const settingsItem = storage.defineItem<unknown>(`${SETTINGS_AREA}:${SETTINGS_KEY}`, {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<{ settings: Settings; problems: SettingsProblem[] }> {
  return parseSettings(await settingsItem.getValue());
}

/** Applies a change to the current settings and stores the result. */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...change(settings) };
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(parseSettings(raw).settings));
}
