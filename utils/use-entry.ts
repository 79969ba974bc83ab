import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readEntry, type EntryResponse } from '../lib/messages';

/** The full entry for `id`, fetched from the background, which alone holds the bodies. */
export function useEntry(id: string | undefined): EntryResponse | undefined {
  const [entry, setEntry] = useState<EntryResponse | undefined>();
  useEffect(() => {
    let live = true;
    setEntry(undefined);
    if (id === undefined) return undefined;
    void browser.runtime.sendMessage({ type: 'termlight:get-entry', id }).then((reply: unknown) => {
      if (live) setEntry(readEntry(reply));
    });
    return () => {
      live = false;
    };
  }, [id]);
  return entry;
}
