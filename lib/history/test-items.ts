import type { EntryResponse } from '../messages';
import type { Lookup } from './schema';

/** Entries and look-ups shared by the export tests. */
export function entryOf(id: string, over: Partial<EntryResponse> = {}): EntryResponse {
  return {
    id,
    term: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    ambiguous: false,
    aliases: [],
    areas: [{ id: 'defi', name: 'DeFi' }],
    short: `The short definition of ${id}.`,
    body: `First paragraph about ${id}.\n\nSecond paragraph.`,
    related: [],
    ...over,
  };
}

export function lookupOf(term: string, at: number, over: Partial<Lookup> = {}): Lookup {
  return { term, at, sentence: `A sentence about ${term}.`, url: `https://docs.example.org/${term}`, title: `Page on ${term}`, via: 'hover', ...over };
}
