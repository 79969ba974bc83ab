import { describe, expect, it } from 'vitest';
import { readEntry, readPageTerms } from './messages';

const entry = {
  id: 'gas',
  term: 'Gas',
  ambiguous: true,
  aliases: ['gas units'],
  areas: [{ id: 'transactions-fees-mev', name: 'Transactions, Fees and MEV' }],
  short: 'The unit of work.',
  body: 'Each operation costs gas.',
  related: [{ id: 'gwei', term: 'Gwei' }],
};

describe('replies are checked before use', () => {
  it('reads an entry as the background sends it, and nothing for an unknown id', () => {
    expect(readEntry(entry)).toEqual(entry);
    expect(readEntry(null)).toBeUndefined();
    expect(readEntry(undefined)).toBeUndefined();
  });

  it('refuses an entry that does not fit, rather than rendering half of it', () => {
    expect(readEntry({ ...entry, related: 'gwei' })).toBeUndefined();
    expect(readEntry({ ...entry, short: undefined })).toBeUndefined();
  });

  it('reads the page terms of a tab, with or without the marks flag an older content script leaves out', () => {
    const sent = { url: 'https://ethereum.org/', crypto: true, marks: true, terms: [{ id: 'mev', term: 'MEV', count: 3 }] };
    expect(readPageTerms(sent)).toEqual(sent);
    const { marks: _marks, ...older } = sent;
    expect(readPageTerms(older)).toEqual(older);
    for (const raw of [undefined, null, 'lit', {}, { url: sent.url, crypto: true }, { ...sent, url: 3 }, { ...sent, terms: [{ id: 'mev' }] }]) {
      expect(readPageTerms(raw)).toBeUndefined();
    }
  });
});
