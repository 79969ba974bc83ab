import { describe, expect, it } from 'vitest';
import type { Lookup } from './schema';
import { SUGGEST_AFTER_LOOKUPS, SUGGEST_AFTER_STARRED_LOOKUPS, suggestKnown } from './suggest';

const day = (d: number, minute = 0): number => new Date(2026, 10, d, 12, minute).getTime();
const lookup = (term: string, at: number): Lookup => ({ term, at, sentence: '', url: 'https://a.example/', title: '', via: 'hover' });
/** `count` look-ups of `term` spread over the given days in turn. */
const times = (term: string, count: number, days: number[]): Lookup[] => Array.from({ length: count }, (_, i) => lookup(term, day(days[i % days.length]!, i)));
const none = { terms: [], dismissed: [] };

describe('suggestKnown', () => {
  it(`offers a term looked up more than ${SUGGEST_AFTER_LOOKUPS} times over two days or more`, () => {
    const entries = [...times('gas', SUGGEST_AFTER_LOOKUPS + 1, [1, 2]), ...times('mev', SUGGEST_AFTER_LOOKUPS, [1, 2, 3])];
    expect(suggestKnown({ entries, study: none, known: [] })).toEqual([{ term: 'gas', lookups: 6, days: 2, starred: false }]);
  });

  it('does not offer a term met many times on one day only', () => {
    expect(suggestKnown({ entries: times('gas', 20, [4]), study: none, known: [] })).toEqual([]);
  });

  it(`offers a starred term looked up more than ${SUGGEST_AFTER_STARRED_LOOKUPS} times since it was starred`, () => {
    // Five in all: not enough on their own.
    const entries = [...times('gamma', 2, [1]), ...times('gamma', SUGGEST_AFTER_STARRED_LOOKUPS + 1, [5, 6])];
    const starredBetween = { terms: [{ id: 'gamma', at: day(3) }], dismissed: [] };
    expect(suggestKnown({ entries, study: starredBetween, known: [] })).toEqual([{ term: 'gamma', lookups: 5, days: 3, starred: true }]);
    const starredLate = { terms: [{ id: 'gamma', at: day(6) }], dismissed: [] };
    expect(suggestKnown({ entries, study: starredLate, known: [] })).toEqual([]);
  });

  it('never offers a term already known or whose suggestion was turned down', () => {
    const entries = [...times('gas', 10, [1, 2]), ...times('mev', 10, [1, 2])];
    expect(suggestKnown({ entries, study: { terms: [], dismissed: ['mev'] }, known: ['gas'] })).toEqual([]);
  });

  it('lists the most looked-up first', () => {
    const entries = [...times('a', 7, [1, 2]), ...times('b', 9, [1, 2]), ...times('c', 7, [1, 2])];
    expect(suggestKnown({ entries, study: none, known: [] }).map((s) => s.term)).toEqual(['b', 'a', 'c']);
  });
});
