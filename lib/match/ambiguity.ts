import type { TermMatch } from './types';
import { ordinaryUse } from './sense-cues';

export interface AmbiguityInfo {
  isAmbiguous(term: number): boolean;
  /** Bit per family of the term's areas (1 chain, 2 markets). */
  familiesOf(term: number): number;
  /** Lower-case words that confirm the crypto sense of an ambiguous term. */
  contextOf(term: number): readonly string[];
}

/** A match of a weak spelling that its own block does not confirm: the page decides. */
export type Judged<M> = M & { unconfirmed?: true };

/**
 * Judges the sense of weak spellings ("gas", "bridge", "short") in a block of text:
 * - gone, where a grammar cue says the word is ordinary English here ("as long as",
 *   "we leverage", "building block": lib/match/sense-cues.ts);
 * - kept, where the block confirms the crypto sense: one of the term's own context words,
 *   or an unambiguous term of the same family ("gas" beside "rollup"; "short" beside
 *   "funding rate"; a term of the other family is not enough: "a short proof" next to
 *   "rollup" is still not a short position);
 * - kept but flagged `unconfirmed` otherwise: the content script lights it only on a page
 *   that reads strongly as crypto; except a weak alias of a strong term (no family), which
 *   its entry's own context words alone can confirm.
 */
export function judgeSense<M extends TermMatch>(text: string, matches: M[], info: AmbiguityInfo): Judged<M>[] {
  // Most blocks have no ambiguous match: hand back the same array, not a copy.
  if (!matches.some((m) => info.isAmbiguous(m.term))) return matches;
  const sureFamilies = matches.reduce((mask, m) => (info.isAmbiguous(m.term) ? mask : mask | info.familiesOf(m.term)), 0);
  // Lower-cased only if a context word has to be looked for: a block's sure terms settle most.
  let lower: string | undefined;
  const out: Judged<M>[] = [];
  for (const m of matches) {
    if (!info.isAmbiguous(m.term)) {
      out.push(m);
      continue;
    }
    if (ordinaryUse(text, m.start, m.end) !== undefined) continue;
    const families = info.familiesOf(m.term);
    const confirmed = (families & sureFamilies) !== 0 || info.contextOf(m.term).some((word) => containsWord((lower ??= text.toLowerCase()), word));
    if (confirmed) out.push(m);
    // A weak alias of a term that is not weak itself ("state" for World state) has no family:
    // only its entry's own context words confirm it, on any page.
    else if (families !== 0) out.push({ ...m, unconfirmed: true });
  }
  return out;
}

/** The weak spellings a block confirms by itself, and every sure term: what any crypto page lights. */
export function confirmAmbiguous<M extends TermMatch>(text: string, matches: M[], info: AmbiguityInfo): M[] {
  return judgeSense(text, matches, info).filter((m) => !m.unconfirmed);
}

/** `word` as a whole word in `haystack`, also in its plural ("transactions" for "transaction"). */
function containsWord(haystack: string, word: string): boolean {
  const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
    if (isWordChar(haystack[at - 1])) continue;
    let end = at + word.length;
    if (haystack[end] === 's') end++;
    else if (haystack.startsWith('es', end)) end += 2;
    if (!isWordChar(haystack[end]) || !isWordChar(haystack[at + word.length])) return true;
  }
  return false;
}
