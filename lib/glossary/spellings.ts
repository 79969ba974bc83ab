import type { GlossaryEntry } from './schema';

/** The entry's spellings that are ordinary English too: lit only where their sense is confirmed. */
export function weakSpellings(entry: Partial<Pick<GlossaryEntry, 'weak'>>): readonly string[] {
  return entry.weak ?? [];
}
