/**
 * A page reads as crypto when it uses enough distinct unambiguous glossary terms for its
 * length: at least 3 distinct terms, and at least 3 per 1,000 words on long pages. Ordinary
 * pages that mention "Bitcoin" once in passing stay below the line.
 */
export const MIN_DISTINCT_TERMS = 3;
export const MIN_TERMS_PER_1000_WORDS = 3;

export function readsAsCrypto({ distinctTerms, words }: { distinctTerms: number; words: number }): boolean {
  if (distinctTerms < MIN_DISTINCT_TERMS) return false;
  return words <= 1000 || (distinctTerms * 1000) / words >= MIN_TERMS_PER_1000_WORDS;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
