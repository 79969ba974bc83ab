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
  let sureFamilies = 0;
  let anyWeak = false;
  for (const m of matches) {
    if (info.isAmbiguous(m.term)) anyWeak = true;
    else sureFamilies |= info.familiesOf(m.term);
  }
  // Most blocks have no ambiguous match: hand back the same array, not a copy.
  if (!anyWeak) return matches;
  // Lower-cased only if a context word has to be looked for: a block's sure terms settle most.
  let lower: string | undefined;
  // By term: a block's verdict on a term's context words is the same at each of its matches.
  let contextFound: Map<number, boolean> | undefined;
  const out: Judged<M>[] = [];
  for (const m of matches) {
    if (!info.isAmbiguous(m.term)) {
      out.push(m);
      continue;
    }
    if (ordinaryUse(text, m.start, m.end) !== undefined) continue;
    const families = info.familiesOf(m.term);
    let confirmed = (families & sureFamilies) !== 0;
    if (!confirmed) {
      contextFound ??= new Map();
      let found = contextFound.get(m.term);
      if (found === undefined) {
        lower ??= text.toLowerCase();
        found = info.contextOf(m.term).some((word) => containsWord(lower!, word));
        contextFound.set(m.term, found);
      }
      confirmed = found;
    }
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code unit at `at` is part of a word (ASCII without a RegExp: most text is). */
function isWordCharAt(s: string, at: number): boolean {
  if (at < 0 || at >= s.length) return false;
  const code = s.charCodeAt(at);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  return LETTER_OR_DIGIT.test(s[at]!);
}

/** `word` as a whole word in `haystack`, also in its plural ("transactions" for "transaction"). */
function containsWord(haystack: string, word: string): boolean {
  for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
    if (isWordCharAt(haystack, at - 1)) continue;
    let end = at + word.length;
    if (haystack.charCodeAt(end) === 0x73) end++;
    else if (haystack.startsWith('es', end)) end += 2;
    if (!isWordCharAt(haystack, end) || !isWordCharAt(haystack, at + word.length)) return true;
  }
  return false;
}
