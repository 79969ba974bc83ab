import { useEffect, useMemo, useState } from 'react';
import { indexes, search as bundled } from 'virtual:termlight/search';
import type { SearchRecord } from '../../lib/glossary/compile';
import { createSearch, type GlossarySearch } from '../../lib/search/search-index';
import { overlayEntries } from '../../lib/user-glossary/overlay';
import type { UserEntry } from '../../lib/user-glossary/schema';
import { userGlossaryItem } from '../../utils/user-glossary-items';

/**
 * Search over the bundled glossary, using the index built at build time, plus the
 * reader's own entries (which replace bundled ones with the same id).
 */
export function useGlossarySearch(): { search: GlossarySearch; records: readonly SearchRecord[] } {
  const [user, setUser] = useState<readonly UserEntry[]>([]);
  useEffect(() => {
    void userGlossaryItem.getValue().then(setUser);
    return userGlossaryItem.watch(setUser);
  }, []);
  return useMemo(() => {
    if (user.length === 0) return { search: createSearch(bundled, indexes), records: bundled };
    const records: SearchRecord[] = overlayEntries(
      bundled,
      user.map(({ id, term, aliases, areas, short }) => ({ id, term, aliases, areas, short, refs: 0 })),
    );
    return { search: createSearch(records), records };
  }, [user]);
}
