import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../glossary/compile';
import { createSearch, prebuildIndexes } from './search-index';

const record = (id: string, term: string, refs: number, aliases: string[] = []): SearchRecord => ({
  id,
  term,
  aliases,
  areas: ['x'],
  short: `About ${term.toLowerCase()}.`,
  refs,
});

const search = createSearch([
  record('optimistic-bridge', 'Optimistic bridge', 1),
  record('optimistic-rollup', 'Optimistic rollup', 9, ['ORU']),
  record('impermanent-loss', 'Impermanent loss', 4, ['IL']),
  record('funding-rate', 'Funding rate', 3),
]);

describe('glossary search', () => {
  it('tolerates typos', () => {
    expect(search.search('impermanant los', 5)[0]?.item.id).toBe('impermanent-loss');
  });

  it('puts the more central of two equally close terms first', () => {
    expect(search.search('optimstic', 5).map((r) => r.item.id)).toEqual(['optimistic-rollup', 'optimistic-bridge']);
  });

  it('finds a term by its alias', () => {
    expect(search.search('ORU', 5)[0]?.item.id).toBe('optimistic-rollup');
  });

  it('returns nothing for an empty query', () => {
    expect(search.search('   ', 5)).toEqual([]);
  });
});

describe('exact names', () => {
  it('rank an exact term above longer, more central names that contain it', () => {
    const s = createSearch([
      record('call-option', 'Call option', 30),
      record('option', 'Option', 0),
      record('option-vault', 'Option vault', 20),
    ]);
    expect(s.search('option', 3)[0]?.item.id).toBe('option');
  });
});

describe('prebuilt indexes', () => {
  it('give the same results as indexing on open', () => {
    const records = [record('optimistic-rollup', 'Optimistic rollup', 9, ['ORU']), record('impermanent-loss', 'Impermanent loss', 4, ['IL'])];
    const fresh = createSearch(records);
    const prebuilt = createSearch(records, JSON.parse(JSON.stringify(prebuildIndexes(records))) as ReturnType<typeof prebuildIndexes>);
    for (const q of ['optmistic', 'IL', 'loss', 'rollup']) expect(prebuilt.search(q, 5)).toEqual(fresh.search(q, 5));
  });

  it('report the spelling that matched and where', () => {
    const [hit] = createSearch([record('optimistic-rollup', 'Optimistic rollup', 9, ['ORU'])]).search('ORU', 1);
    expect(hit?.matchedName).toBe('ORU');
    expect(hit?.indices).toEqual([[0, 2]]);
  });
});
