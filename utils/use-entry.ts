import { useEffect, useState } from 'react';
import type { EntryResponse } from '../lib/messages';
import { sendToBackground } from './messaging';

/** The full entry for `id`, fetched from the background, which alone holds the bodies. */
export function useEntry(id: string | undefined): EntryResponse | undefined {
  const [entry, setEntry] = useState<EntryResponse | undefined>();
  useEffect(() => {
    let live = true;
    setEntry(undefined);
    if (id === undefined) return undefined;
    void sendToBackground({ type: 'termlight:get-entry', id }).then((reply) => {
      if (live) setEntry(reply ?? undefined);
    });
    return () => {
      live = false;
    };
  }, [id]);
  return entry;
}
