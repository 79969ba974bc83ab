import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { Matcher } from './matcher';
import { TermSet } from './term-set';

const bundled = new Matcher(
  compileMatcher([
    { id: 'rollup', term: 'Rollup', forms: ['rollup'], areas: ['scaling'] },
    { id: 'optimistic-rollup', term: 'Optimistic rollup', forms: ['optimistic rollup'], areas: ['scaling'] },
    { id: 'gas', term: 'Gas', forms: ['gas'], ambiguous: true, context: ['gwei'] },
  ]),
);
const user = new Matcher(compileMatcher([{ id: 'rollup-lag', term: 'Rollup lag', forms: ['rollup lag'], areas: ['my-terms'] }]));

describe('TermSet', () => {
  const set = new TermSet([bundled, user]);
  const found = (text: string) => set.scan(text).map((m) => [text.slice(m.start, m.end), set.idOf(m)]);

  it("lets the reader's terms win where they overlap bundled ones", () => {
    expect(found('rollup lag on an optimistic rollup')).toEqual([
      ['rollup lag', 'rollup-lag'],
      ['optimistic rollup', 'optimistic-rollup'],
    ]);
  });

  it('flags a weak word its block does not confirm, and drops one a grammar cue rules out', () => {
    expect(set.scan('gas prices').map((m) => m.unconfirmed)).toEqual([true]);
    expect(set.scan('gas at 3 gwei').map((m) => m.unconfirmed)).toEqual([undefined]);
    expect(found('gas at 3 gwei')).toEqual([['gas', 'gas']]);
    expect(found('natural gas prices')).toEqual([]);
  });

  it('looks up a selection without asking for context, preferring the reader\'s terms', () => {
    const gas = set.lookup('gas');
    expect(gas && set.idOf(gas)).toBe('gas');
    const lag = set.lookup('rollup lag');
    expect(lag && set.idOf(lag)).toBe('rollup-lag');
    expect(set.lookup('nothing here')).toBeUndefined();
  });

  it('reports the areas of each match', () => {
    const [m] = set.scan('a rollup');
    expect(set.areasOf(m!)).toEqual(['scaling']);
  });
});
