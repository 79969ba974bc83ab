import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { SearchRecord } from '../glossary/compile';
import { formKey } from '../match/fold';

/**
 * Names first: a hit on a term or alias always ranks above a hit in a definition. The
 * threshold lets one or two typos through ("optimstic", "impermanant los") without
 * flooding short queries with noise.
 */
export const NAME_OPTIONS: IFuseOptions<NameRecord> = {
  keys: ['name'],
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/** Definitions are searched more strictly: long text matches almost anything loosely. */
export const TEXT_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: ['short'],
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.2,
  minMatchCharLength: 3,
};

/**
 * One record per spelling: Fuse multiplies the scores of every matching field and array
 * item, so an entry with many similar aliases would otherwise outrank the exact term.
 */
interface NameRecord {
  name: string;
  /** The name as the matcher folds it: a query equal to it is an exact hit. */
  key: string;
  /** Index of the entry in the records. */
  entry: number;
  /** An alias ranks a little below the term itself. */
  alias: boolean;
}

const ALIAS_PENALTY = 0.02;
const EXACT_BONUS = 1;

/** How much one doubling of an entry's incoming references improves its name score. */
const CENTRALITY_BONUS = 0.015;

/** One result: the entry, and the spelling that matched with the matched character spans. */
export interface SearchHit {
  item: SearchRecord;
  /** The term or alias that matched, or undefined for a match in the definition. */
  matchedName: string | undefined;
  /** Inclusive [start, end] spans of `matchedName` that matched the query. */
  indices: readonly (readonly [number, number])[];
  score: number;
}

export interface GlossarySearch {
  search(query: string, limit: number): SearchHit[];
}

/** Fuse indexes built ahead of time (at build), so opening the popup does no indexing. */
export interface PrebuiltIndexes {
  names: ReturnType<FuseIndex<NameRecord>['toJSON']>;
  text: ReturnType<FuseIndex<SearchRecord>['toJSON']>;
}

function nameRecordsOf(records: readonly SearchRecord[]): NameRecord[] {
  return records.flatMap((r, entry) => [
    { name: r.term, key: formKey(r.term), entry, alias: false },
    ...r.aliases.map((name) => ({ name, key: formKey(name), entry, alias: true })),
  ]);
}

export function prebuildIndexes(records: readonly SearchRecord[]): PrebuiltIndexes {
  return {
    names: Fuse.createIndex(['name'], nameRecordsOf(records)).toJSON(),
    text: Fuse.createIndex(['short'], [...records]).toJSON(),
  };
}

/**
 * Among near-equal name scores ("Optimistic rollup" and "Optimistic bridge" for
 * "optimstic") the entry more of the glossary points at, the more central concept,
 * comes first.
 */
export function createSearch(records: readonly SearchRecord[], prebuilt?: PrebuiltIndexes): GlossarySearch {
  const nameRecords = nameRecordsOf(records);
  const names = new Fuse(nameRecords, NAME_OPTIONS, prebuilt && Fuse.parseIndex<NameRecord>(prebuilt.names));
  const text = new Fuse(records, TEXT_OPTIONS, prebuilt && Fuse.parseIndex<SearchRecord>(prebuilt.text));
  return {
    search(query, limit) {
      const q = query.trim();
      if (!q) return [];
      const queryKey = formKey(q);
      const best = new Map<number, { r: SearchHit; rank: number }>();
      for (const hit of names.search(q, { limit: limit * 4 })) {
        const item = records[hit.item.entry]!;
        const score = hit.score ?? 1;
        // Typing a term's exact name ("option", "block") must find that term first, however
        // central the longer names around it ("call option", "block builder") are.
        const exact = hit.item.key === queryKey ? EXACT_BONUS : 0;
        const rank = score + (hit.item.alias ? ALIAS_PENALTY : 0) - CENTRALITY_BONUS * Math.log2(1 + item.refs) - exact;
        const known = best.get(hit.item.entry);
        if (!known || rank < known.rank) {
          const indices = hit.matches?.[0]?.indices ?? [];
          best.set(hit.item.entry, { r: { item, matchedName: hit.item.name, indices, score }, rank });
        }
      }
      const byName = [...best.values()].sort((a, b) => a.rank - b.rank).map(({ r }) => r);
      const seen = new Set(byName.map((r) => r.item.id));
      const byText = text
        .search(q, { limit })
        .filter((r) => !seen.has(r.item.id))
        .map((r): SearchHit => ({ item: r.item, matchedName: undefined, indices: [], score: r.score ?? 1 }));
      return [...byName, ...byText].slice(0, limit);
    },
  };
}
