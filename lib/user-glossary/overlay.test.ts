import { describe, expect, it } from 'vitest';
import { overlayEntries, overlayFinder } from './overlay';

const bundled = [
  { id: 'gas', term: 'Gas' },
  { id: 'mev', term: 'MEV' },
];

describe('the reader glossary over the bundled one', () => {
  it('replaces a bundled entry with the same id and keeps the rest, bundled first', () => {
    const user = [{ id: 'mev', term: 'My MEV' }, { id: 'my-term', term: 'Mine' }];
    expect(overlayEntries(bundled, user).map((e) => e.term)).toEqual(['Gas', 'My MEV', 'Mine']);
  });

  it('is the bundled glossary when the reader has none', () => {
    expect(overlayEntries(bundled, [])).toEqual(bundled);
  });

  it('finds the reader entry first, then the bundled one, and nothing for an unknown id', () => {
    const find = overlayFinder(new Map(bundled.map((e) => [e.id, e])), [{ id: 'gas', term: 'My gas' }]);
    expect([find('gas')?.term, find('mev')?.term, find('nope')]).toEqual(['My gas', 'MEV', undefined]);
  });
});
