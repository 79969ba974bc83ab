import { describe, expect, it } from 'vitest';
import { REPEAT_MS, addLookup, dismissSuggestion, setStarred } from './record';
import { HISTORY_MAX, type Lookup } from './schema';

const lookup = (term: string, at: number, over: Partial<Lookup> = {}): Lookup => ({
  term,
  at,
  sentence: `A sentence about ${term}.`,
  url: 'https://docs.example.org/a',
  title: 'A',
  via: 'hover',
  ...over,
});

describe('addLookup', () => {
  it('appends a new look-up without changing the history it was given', () => {
    const before = [lookup('gas', 1000)];
    const after = addLookup(before, lookup('mev', 2000));
    expect(after.map((e) => e.term)).toEqual(['gas', 'mev']);
    expect(before).toHaveLength(1);
  });

  it('keeps the newest HISTORY_MAX look-ups: the 5,001st pushes out the oldest', () => {
    const full = Array.from({ length: HISTORY_MAX }, (_, i) => lookup(`t${i}`, 1000 + i));
    const after = addLookup(full, lookup('newest', 1_000_000));
    expect(after).toHaveLength(HISTORY_MAX);
    expect(after[0]!.term).toBe('t1');
    expect(after.at(-1)!.term).toBe('newest');
  });

  it('honours a smaller bound', () => {
    const after = addLookup([lookup('a', 1), lookup('b', 2), lookup('c', 3)], lookup('d', 4), { max: 2 });
    expect(after.map((e) => e.term)).toEqual(['c', 'd']);
  });

  it('counts the same words on the same page again within the repeat window once, moved to now', () => {
    const first = lookup('gas', 1000);
    const other = lookup('mev', 2000);
    const after = addLookup([first, other], lookup('gas', 3000, { via: 'keyboard' }));
    expect(after.map((e) => [e.term, e.at, e.via])).toEqual([
      ['mev', 2000, 'hover'],
      ['gas', 3000, 'keyboard'],
    ]);
  });

  it('records the term again after the repeat window, or from another sentence or page', () => {
    const first = lookup('gas', 1000);
    expect(addLookup([first], lookup('gas', 1000 + REPEAT_MS + 1))).toHaveLength(2);
    expect(addLookup([first], lookup('gas', 2000, { sentence: 'Gas again.' }))).toHaveLength(2);
    expect(addLookup([first], lookup('gas', 2000, { url: 'https://docs.example.org/b' }))).toHaveLength(2);
  });

  it('never files a look-up before an older one when the clock went back', () => {
    const after = addLookup([lookup('gas', 5000)], lookup('mev', 4000));
    expect(after.map((e) => [e.term, e.at])).toEqual([
      ['gas', 5000],
      ['mev', 5000],
    ]);
  });
});

describe('the study list', () => {
  const empty = { terms: [], dismissed: [] };

  it('stars a term once, keeping when it was first starred', () => {
    const once = setStarred(empty, 'gas', true, 10);
    expect(setStarred(once, 'gas', true, 20)).toBe(once);
    expect(once.terms).toEqual([{ id: 'gas', at: 10 }]);
  });

  it('unstars a term and leaves the others in order', () => {
    const list = setStarred(setStarred(setStarred(empty, 'a', true, 1), 'b', true, 2), 'c', true, 3);
    expect(setStarred(list, 'b', false, 4).terms.map((t) => t.id)).toEqual(['a', 'c']);
    expect(setStarred(list, 'zzz', false, 4)).toBe(list);
  });

  it('remembers a turned-down suggestion once', () => {
    const once = dismissSuggestion(empty, 'gas');
    expect(dismissSuggestion(once, 'gas')).toBe(once);
    expect(once.dismissed).toEqual(['gas']);
  });
});
