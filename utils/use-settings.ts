import { useEffect, useState } from 'react';
import type { Settings, SettingsProblem } from '../lib/settings/schema';
import { loadSettings, watchSettings } from './settings-store';

/** The reader's settings, live; `problems` lists fields that were corrupt in storage. */
export function useSettings(): { settings: Settings | undefined; problems: SettingsProblem[] } {
  const [state, setState] = useState<{ settings: Settings | undefined; problems: SettingsProblem[] }>({ settings: undefined, problems: [] });
  useEffect(() => {
    void loadSettings().then(setState);
    return watchSettings((settings) => setState((s) => ({ ...s, settings })));
  }, []);
  return state;
}
