import type { TermMatch } from './matcher';

export interface AmbiguityInfo {
  isAmbiguous(term: number): boolean;
  /** Lower-case words that confirm the crypto sense of an ambiguous term. */
  contextOf(term: number): readonly string[];
}

/**
 * Drops ambiguous words ("gas", "bridge", "call") from a block of text unless the block
 * confirms the crypto sense: another, unambiguous glossary term in the same block, or one
 * of the term's own context words.
 */
export function confirmAmbiguous(text: string, matches: readonly TermMatch[], info: AmbiguityInfo): TermMatch[] {
  if (!matches.some((m) => info.isAmbiguous(m.term))) return [...matches];
  if (matches.some((m) => !info.isAmbiguous(m.term))) return [...matches];
  const lower = text.toLowerCase();
  return matches.filter((m) => info.contextOf(m.term).some((word) => containsWord(lower, word)));
}

function containsWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : haystack[at - 1]!;
    const after = haystack[at + word.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}
