import { describe, expect, it } from 'vitest';
import { isSureTerm, readsAsCrypto } from './crypto-page';

describe('readsAsCrypto', () => {
  it('needs at least three distinct terms', () => {
    expect(readsAsCrypto({ distinctTerms: 2, words: 200 })).toBe(false);
    expect(readsAsCrypto({ distinctTerms: 3, words: 200 })).toBe(true);
  });

  it('needs two terms per thousand words on long pages', () => {
    expect(readsAsCrypto({ distinctTerms: 5, words: 4000 })).toBe(false);
    expect(readsAsCrypto({ distinctTerms: 8, words: 4000 })).toBe(true);
  });
});

describe('isSureTerm', () => {
  it('is a term neither weak nor shared with traditional finance', () => {
    expect(isSureTerm({ ambiguous: false, general: false })).toBe(true);
    expect(isSureTerm({ ambiguous: true, general: false })).toBe(false);
    expect(isSureTerm({ ambiguous: false, general: true })).toBe(false);
  });
});
