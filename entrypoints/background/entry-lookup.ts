import { areas, entries } from 'virtual:termlight/entries';
import type { EntryResponse } from '../../lib/messages';

/** Full entries live in the background so the content script ships only the matcher. */
export function createEntryLookup(): (id: string) => EntryResponse | undefined {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const areaNames = new Map(areas.map((a) => [a.id, a.name]));
  return (id) => {
    const e = byId.get(id);
    if (!e) return undefined;
    return {
      id: e.id,
      term: e.term,
      aliases: e.aliases,
      areas: e.areas.map((a) => ({ id: a, name: areaNames.get(a) ?? a })),
      short: e.short,
      body: e.body,
      related: e.related.flatMap((r) => {
        const target = byId.get(r);
        return target ? [{ id: r, term: target.term }] : [];
      }),
    };
  };
}
