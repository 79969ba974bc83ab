import { describe, expect, it } from 'vitest';
import type { PageTermsResponse } from '../messages';
import { parsePageTerms } from './page-reply';

const sent: PageTermsResponse = { url: 'https://ethereum.org/', crypto: true, marks: true, terms: [{ id: 'mev', term: 'MEV', count: 3 }] };

describe('parsePageTerms', () => {
  it('accepts what the content script sends, with or without the newer fields', () => {
    expect(parsePageTerms(sent)).toEqual(sent);
    const { marks: _marks, ...older } = sent;
    expect(parsePageTerms(older)).toEqual(older);
  });

  it('turns anything else into no answer', () => {
    for (const raw of [undefined, null, 'lit', {}, { url: sent.url, crypto: true }, { ...sent, url: 3 }, { ...sent, terms: [{ id: 'mev' }] }]) {
      expect(parsePageTerms(raw)).toBeUndefined();
    }
  });
});
