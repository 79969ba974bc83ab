import { useEffect, useState } from 'react';
import type { Lookup, Study } from '../lib/history/schema';
import { loadHistory, loadStudy, watchHistory, watchStudy } from './history-store';

export interface HistoryData {
  /** The history, oldest first; undefined until read (it is read only once asked for). */
  entries: Lookup[] | undefined;
  /** The study list; undefined until read. */
  study: Study | undefined;
}

/**
 * The history and the study list for an extension page, kept up to date. The history is
 * read only once `withHistory` is true (the "Recent" tab opened, say): it may be megabytes,
 * and a popup opened to search should not wait for it.
 */
export function useHistoryData(withHistory: boolean): HistoryData {
  const study = useStoredValue(loadStudy, watchStudy, true);
  const entries = useStoredValue(loadHistory, watchHistory, withHistory);
  return { entries, study };
}

/** A stored value read once `enabled`, then followed; a read that lands after unmount is dropped. */
function useStoredValue<T>(load: () => Promise<T>, watch: (callback: (value: T) => void) => () => void, enabled: boolean): T | undefined {
  const [value, setValue] = useState<T | undefined>();
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    void load().then((v) => live && setValue(v));
    const stop = watch(setValue);
    return () => {
      live = false;
      stop();
    };
  }, [load, watch, enabled]);
  return value;
}
