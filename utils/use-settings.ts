import { useCallback, useEffect, useState } from 'react';
import type { Settings, SettingsProblem } from '../lib/settings/schema';
import { loadSettings, updateSettings, watchSettings } from './settings-store';

export interface SettingsState {
  settings: Settings | undefined;
  /** Fields that were corrupt in storage and fell back to their defaults. */
  problems: SettingsProblem[];
  /**
   * Applies a change computed from the current settings: shown at once, then stored. The
   * change is a function so that quick successive edits build on each other.
   */
  update: (change: (current: Settings) => Partial<Settings>) => void;
}

export function useSettings(): SettingsState {
  const [state, setState] = useState<Pick<SettingsState, 'settings' | 'problems'>>({ settings: undefined, problems: [] });
  useEffect(() => {
    void loadSettings().then(setState);
    return watchSettings((settings) => setState((s) => ({ ...s, settings })));
  }, []);
  const update = useCallback((change: (current: Settings) => Partial<Settings>) => {
    setState((s) => (s.settings ? { ...s, settings: { ...s.settings, ...change(s.settings) } } : s));
    void updateSettings(change);
  }, []);
  return { ...state, update };
}
