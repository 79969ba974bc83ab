/**
 * A page reads as crypto when it uses enough distinct unambiguous glossary terms of crypto's
 * own areas for its length: at least 3, and at least 2 per 1,000 words on long pages.
 * Tuned on 41 crypto and 18 ordinary pages (npm run eval): long book chapters on Ethereum
 * sit at 2.1 to 2.9 per 1,000 words, ordinary pages at or below 0.3.
 */
export const MIN_DISTINCT_TERMS = 3;
export const MIN_TERMS_PER_1000_WORDS = 2;

export function readsAsCrypto({ distinctTerms, words }: { distinctTerms: number; words: number }): boolean {
  if (distinctTerms < MIN_DISTINCT_TERMS) return false;
  return words <= 1000 || (distinctTerms * 1000) / words >= MIN_TERMS_PER_1000_WORDS;
}

/**
 * A page reads strongly as crypto when unambiguous terms are dense: there a weak spelling
 * ("long", "gas", "stake") is lit even where its own block has no confirming word, unless
 * a grammar cue says it is ordinary English. Tuned on the tune half of
 * tests/fixtures/sense (npm run eval): crypto pages there run from 3.6 to 32 distinct terms
 * per 1,000 words, ordinary pages at or below 0.7; below 5, mostly long book chapters, a
 * block must still confirm its own weak words.
 */
export const STRONG_MIN_DISTINCT_TERMS = 6;
export const STRONG_TERMS_PER_1000_WORDS = 5;

export function readsStronglyAsCrypto({ distinctTerms, words }: { distinctTerms: number; words: number }): boolean {
  if (distinctTerms < STRONG_MIN_DISTINCT_TERMS) return false;
  return (distinctTerms * 1000) / Math.max(words, 1) >= STRONG_TERMS_PER_1000_WORDS;
}

/**
 * A term that by itself says a text is about crypto: neither an ordinary word too (weak) nor
 * one traditional finance shares ("futures", "in the money"). Pages are judged by these.
 */
export function isSureTerm(term: { ambiguous: boolean; general: boolean }): boolean {
  return !term.ambiguous && !term.general;
}
