import type { GlossaryEntry } from './schema';

/** Every alias of an entry, weak ones included: what cards, search and the checks list. */
export function allAliases(entry: Pick<GlossaryEntry, 'aliases' | 'ambiguousAliases'>): string[] {
  return [...entry.aliases, ...(entry.ambiguousAliases ?? [])];
}

/** The entry's spellings that are ordinary English too: lit only where their sense is confirmed. */
export function weakSpellings(entry: Pick<GlossaryEntry, 'term' | 'aliases' | 'weak' | 'ambiguous' | 'ambiguousAliases'>): string[] {
  const weak = new Set(entry.weak ?? []);
  if (entry.ambiguous) for (const form of [entry.term, ...entry.aliases]) weak.add(form);
  for (const form of entry.ambiguousAliases ?? []) weak.add(form);
  return [...weak];
}
