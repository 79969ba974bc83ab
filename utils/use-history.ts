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
  const [entries, setEntries] = useState<Lookup[] | undefined>();
  const [study, setStudy] = useState<Study | undefined>();
  useEffect(() => {
    let live = true;
    void loadStudy().then((s) => live && setStudy(s));
    const stop = watchStudy(setStudy);
    return () => {
      live = false;
      stop();
    };
  }, []);
  useEffect(() => {
    if (!withHistory) return undefined;
    let live = true;
    void loadHistory().then((h) => live && setEntries(h));
    const stop = watchHistory(setEntries);
    return () => {
      live = false;
      stop();
    };
  }, [withHistory]);
  return { entries, study };
}
