import { useEffect, useState } from 'react';
import { viewOfDigest, type HistoryDigest } from '../lib/history/digest';
import { recentView, type RecentView } from '../lib/history/group';
import { loadDigest, loadHistory, watchDigest } from './history-store';

let pending: Promise<HistoryDigest | undefined> | undefined;

/**
 * Starts reading the digest once, for a "Recent" tab the reader may open next: the popup
 * calls it just after its first paint, so the tab opens on data already read.
 */
export function prefetchRecent(): void {
  pending ??= loadDigest();
}

/**
 * The popup's "Recent" view at `now`, from the digest the background keeps beside the
 * history (a few hundred kilobytes at most), or from the history itself when there is no
 * readable digest. Undefined until read.
 */
export function useRecentView(now: number): RecentView | undefined {
  const [view, setView] = useState<RecentView | undefined>();
  useEffect(() => {
    let live = true;
    prefetchRecent();
    void pending!.then(async (digest) => {
      const next = digest ? viewOfDigest(digest, now) : recentView(await loadHistory(), now);
      if (live) setView(next);
    });
    const stop = watchDigest((digest) => {
      if (digest) setView(viewOfDigest(digest, now));
    });
    return () => {
      live = false;
      stop();
    };
  }, [now]);
  return view;
}
