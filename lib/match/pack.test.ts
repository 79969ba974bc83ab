import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { Matcher } from './matcher';
import { packIndex, unpackIndex } from './pack';

const TERMS = [
  { id: 'rollup', term: 'Rollup', forms: ['rollup', 'rollup chain'] },
  { id: 'optimistic-rollup', term: 'Optimistic rollup', forms: ['optimistic rollup', 'ORU'] },
  { id: 'eth', term: 'Ether', forms: ['ether', 'ETH'] },
];

describe('packed matcher index', () => {
  it('unpacks to exactly the index it was packed from', () => {
    const index = compileMatcher(TERMS);
    expect(unpackIndex(JSON.parse(JSON.stringify(packIndex(index))) as ReturnType<typeof packIndex>)).toEqual(index);
  });

  it('matches the same as the unpacked index', () => {
    const index = compileMatcher(TERMS);
    const text = 'An optimistic rollup settles ETH; a rollup chain too.';
    expect(new Matcher(packIndex(index)).scan(text)).toEqual(new Matcher(index).scan(text));
  });
});
