import { describe, expect, it } from 'vitest';
import { previewMerge, sameEntry } from './merge';
import type { UserEntry } from './schema';

const entry = (id: string, short = `About ${id}.`): UserEntry => ({
  id,
  term: id.replaceAll('-', ' '),
  aliases: [],
  areas: ['my-terms'],
  short,
  body: '',
  related: [],
});

const none: ReadonlySet<string> = new Set();

describe('previewMerge', () => {
  it('appends new entries after the existing ones, in file order', () => {
    const preview = previewMerge({ existing: [entry('a'), entry('b')], incoming: [entry('d'), entry('c')], bundledIds: none });
    expect(preview.result.map((e) => e.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(preview.added.map((e) => e.id)).toEqual(['d', 'c']);
    expect(preview).toMatchObject({ replaced: [], overridesBundled: [], unchanged: 0 });
  });

  it('lets an incoming entry replace the stored one with its id, in place', () => {
    const before = entry('b');
    const after = entry('b', 'Newer words.');
    const preview = previewMerge({ existing: [entry('a'), before, entry('c')], incoming: [after], bundledIds: none });
    expect(preview.result).toEqual([entry('a'), after, entry('c')]);
    expect(preview.replaced).toEqual([{ before, after }]);
    expect(preview.added).toEqual([]);
  });

  it('counts an incoming entry identical to the stored one as unchanged, not replaced', () => {
    const preview = previewMerge({ existing: [entry('a'), entry('b')], incoming: [entry('b'), entry('c')], bundledIds: none });
    expect(preview.unchanged).toBe(1);
    expect(preview.replaced).toEqual([]);
    expect(preview.result.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('treats a change to any one field, list order included, as a replacement', () => {
    const base: UserEntry = { ...entry('a'), aliases: ['x', 'y'], areas: ['p', 'q'], related: ['r'] };
    const variants: UserEntry[] = [
      { ...base, term: 'A' },
      { ...base, short: 'Other.' },
      { ...base, body: 'Body.' },
      { ...base, aliases: ['y', 'x'] },
      { ...base, areas: ['p'] },
      { ...base, related: [] },
    ];
    expect(variants.map((v) => sameEntry(base, v))).toEqual(variants.map(() => false));
    expect(sameEntry(base, { ...base, aliases: [...base.aliases] })).toBe(true);
    for (const v of variants) expect(previewMerge({ existing: [base], incoming: [v], bundledIds: none }).replaced).toHaveLength(1);
  });

  it('lists an incoming id that is a bundled id as overriding it, whether added or replacing a stored override', () => {
    const preview = previewMerge({
      existing: [entry('rollup')],
      incoming: [entry('rollup', 'My own words.'), entry('sequencer'), entry('gm')],
      bundledIds: new Set(['rollup', 'sequencer', 'amm']),
    });
    expect(preview.overridesBundled).toEqual(['rollup', 'sequencer']);
    expect(preview.added.map((e) => e.id)).toEqual(['sequencer', 'gm']);
  });

  it('does not list a bundled id whose stored override the import leaves unchanged', () => {
    const preview = previewMerge({ existing: [entry('rollup')], incoming: [entry('rollup')], bundledIds: new Set(['rollup']) });
    expect(preview.overridesBundled).toEqual([]);
    expect(preview.unchanged).toBe(1);
  });

  it('lets the last of two incoming entries with one id win, at the first one’s place', () => {
    const preview = previewMerge({
      existing: [],
      incoming: [entry('a', 'First.'), entry('b'), entry('a', 'Second.')],
      bundledIds: none,
    });
    expect(preview.result).toEqual([entry('a', 'Second.'), entry('b')]);
    expect(preview.added).toEqual(preview.result);
  });

  it('leaves the existing and incoming lists untouched', () => {
    const existing = [entry('a'), entry('b')];
    const incoming = [entry('b', 'New.'), entry('c')];
    const copies = structuredClone({ existing, incoming });
    previewMerge({ existing, incoming, bundledIds: none });
    expect({ existing, incoming }).toEqual(copies);
  });

  it('gives the existing entries back unchanged for an empty import', () => {
    const existing = [entry('a')];
    expect(previewMerge({ existing, incoming: [], bundledIds: new Set(['a']) })).toEqual({
      result: existing,
      added: [],
      replaced: [],
      overridesBundled: [],
      unchanged: 0,
    });
  });
});
