import type { GlossaryEntry } from './schema';

/** Every alias of an entry, ambiguous ones included: what cards, search and the checks list. */
export function allAliases(entry: Pick<GlossaryEntry, 'aliases' | 'ambiguousAliases'>): string[] {
  return [...entry.aliases, ...(entry.ambiguousAliases ?? [])];
}
