import type { MatcherIndex } from './compile';
import { buildTables, decodeTables, encodeTables, fromBase64, type MatcherTables } from './tables';

/** What a matcher needs besides its tables: names, areas and case signatures, by term. */
export type MatcherMeta = Pick<MatcherIndex, 'ids' | 'terms' | 'ambiguous' | 'general' | 'familyMask' | 'context' | 'areaIds' | 'termAreas' | 'exactForms'>;

/**
 * The matcher index as the extension ships it: the scanner's tables, built at build
 * time and encoded as one base64 string (lib/match/tables.ts), and the rest as plain data.
 */
export interface PackedMatcherIndex {
  version: 3;
  meta: MatcherMeta;
  tables: string;
}

export function packIndex(index: MatcherIndex): PackedMatcherIndex {
  const { ids, terms, ambiguous, general, familyMask, context, areaIds, termAreas, exactForms } = index;
  const bytes = encodeTables(buildTables(index));
  // btoa takes a "binary string"; built in chunks so no argument list overflows.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { version: 3, meta: { ids, terms, ambiguous, general, familyMask, context, areaIds, termAreas, exactForms }, tables: btoa(binary) };
}

export function unpackIndex(source: MatcherIndex | PackedMatcherIndex): { meta: MatcherMeta; tables: MatcherTables } {
  if (source.version === 1) return { meta: source, tables: buildTables(source) };
  return { meta: source.meta, tables: decodeTables(fromBase64(source.tables)) };
}
