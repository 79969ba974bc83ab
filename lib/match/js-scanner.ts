import { SCAN, SEP, foldKeepCase, foldLower, isSepUnit, isWordUnit, pairHash } from './fold';
import { FLAG_WORD_MASK, PAIR_SECOND, START_WORD, hasHash, mix, type MatcherTables } from './tables';
import type { TermMatch, WordCount } from './types';

/**
 * The matcher's scanner in JavaScript: for short texts, where handing text to WebAssembly
 * costs more than scanning it, and for realms without WebAssembly. wasm/scanner.as.ts is
 * its port, kept line for line in step; a property test holds both to a slow reference.
 */
export class JsScanner {
  constructor(
    /** lib/match/tables.ts says what each holds. */
    private readonly tables: MatcherTables,
    private readonly exactForms: readonly string[],
  ) {}

  /** Every match in `text`, as Matcher.scan finds them; adds the words read to `words`. */
  scan(text: string, words?: WordCount): TermMatch[] {
    const out: TermMatch[] = [];
    let wordCount = 0;
    const n = text.length;
    // One pass that hashes each word as it goes. The trie is entered only at a word some
    // term can start with, or at the first of two words that start a multi-word term:
    // "in" alone never sends the scanner into the trie, "in the" does. Each character
    // costs one table load and one compare.
    const table = SCAN;
    const { wordFlags, startPairs } = this.tables;
    /**
     * Start and hash of the word before, while only separators follow it and it is not
     * part of a match: the first half of a possible two-word start. -1 otherwise.
     */
    let prevStart = -1;
    let prevEnd = 0;
    let prevHash = 0;
    /** End of the last match: words before it belong to that match. */
    let matchEnd = 0;
    let i = 0;
    while (i < n) {
      let f = table[text.charCodeAt(i)]!;
      if (f <= SEP) {
        // Only separators may stand between the two words of a term.
        if (f !== SEP) prevStart = -1;
        i++;
        continue;
      }
      const start = i;
      let hash = 0;
      for (;;) {
        hash = (Math.imul(hash, 31) + f) | 0; // stepHash, inlined in the hottest loop
        if (++i === n) {
          f = 0;
          break;
        }
        f = table[text.charCodeAt(i)]!;
        if (f <= SEP) break;
      }
      // The word is text[start, i); f classifies text[i], a non-word character or the end.
      wordCount++;
      if (start < matchEnd) {
        prevStart = -1;
        i++;
        continue;
      }
      const flags = (wordFlags[(hash >>> 4) & FLAG_WORD_MASK]! >>> ((hash & 15) << 1)) & 3;
      if (flags !== 0) {
        let found: TermMatch | undefined;
        // The longer start first: "optimistic rollup" from the word before, then this word.
        if ((flags & PAIR_SECOND) !== 0 && prevStart >= 0 && hasHash(startPairs, pairHash(prevHash, hash))) {
          found = this.walkWord(text, prevStart, prevEnd, prevHash);
        }
        if (found === undefined && (flags & START_WORD) !== 0) found = this.walkWord(text, start, i, hash);
        if (found !== undefined) {
          out.push(found);
          prevStart = -1;
          if (found.end < start) {
            // A shorter match from the word before: read this word again after it.
            wordCount--;
            i = found.end;
            continue;
          }
          // A match may run past this word ("optimistic rollup"): the words up to its end
          // are still read and counted, but start nothing.
          matchEnd = found.end;
          i++;
          continue;
        }
      }
      if (f === SEP) {
        prevStart = start;
        prevEnd = i;
        prevHash = hash;
      } else prevStart = -1;
      i++;
    }
    if (words) words.count += wordCount;
    return out;
  }

  /** The longest match that starts with the word text[start, end), whose hash is `hash`. */
  private walkWord(text: string, start: number, end: number, hash: number): TermMatch | undefined {
    const { slotKey, slotWord, wordNode, wordCodeStart, wordEnds, wordCodes: codes } = this.tables;
    const mask = slotKey.length - 1;
    const length = end - start;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const w = slotWord[slot]!;
      if (w < 0) return undefined;
      if (slotKey[slot] !== hash) continue;
      const from = wordCodeStart[w]!;
      if (wordCodeStart[w + 1]! - from !== length) continue;
      let k = 0;
      while (k < length && SCAN[text.charCodeAt(start + k)] === codes[from + k]) k++;
      if (k < length) continue;
      const node = wordNode[w]!;
      // Most words that start a term end it too: without a way past the word, the only
      // candidate is the term accepted right here.
      if (wordEnds[w] === 1) {
        const term = this.pick(node, text, start, end);
        return term < 0 ? undefined : { start, end, term };
      }
      return this.longestFrom(text, start, end, node);
    }
  }

  /** The longest accepted match starting at `start`, whose text up to `from` led to `node`. */
  private longestFrom(text: string, start: number, from: number, node: number): TermMatch | undefined {
    // Locals, not `this.` reads, in the one loop that runs per character of a candidate.
    const { acceptStart, edgeStart, edgeCode, edgeChild, denseRow, dense, chainLength, chainCode } = this.tables;
    const n = text.length;
    let j = from;
    let bestEnd = -1;
    let bestTerm = -1;
    for (;;) {
      const chain = chainLength[node]!;
      if (chain > 0) {
        // A stretch without branches or accepted terms: compare it in one go.
        let k = node;
        const last = node + chain;
        for (; k < last && j < n; k++) {
          const want = chainCode[k]!;
          const c = text.charCodeAt(j);
          if (foldLower(c) !== want) break;
          j++;
          if (want === SEP) while (j < n && isSepUnit(text.charCodeAt(j))) j++;
        }
        if (k < last) break;
        node = last;
      }
      if (acceptStart[node]! < acceptStart[node + 1]! && (j === n || !isWordAt(text, j))) {
        const term = this.pick(node, text, start, j);
        if (term >= 0) {
          bestEnd = j;
          bestTerm = term;
        }
      }
      if (j === n) break;
      const c = text.charCodeAt(j);
      const f = foldLower(c);
      let next = -1;
      const row = denseRow[node]!;
      if (row >= 0 && f < 128) next = dense[row * 128 + f]!;
      else {
        for (let e = edgeStart[node]!, last = edgeStart[node + 1]!; e < last; e++) {
          const code = edgeCode[e]!;
          if (code >= f) {
            if (code === f) next = edgeChild[e]!;
            break;
          }
        }
      }
      if (next < 0) break;
      node = next;
      j++;
      // A run of separators between words reads as one.
      if (f === SEP) while (j < n && isSepUnit(text.charCodeAt(j))) j++;
    }
    return bestEnd < 0 ? undefined : { start, end: bestEnd, term: bestTerm };
  }

  /** The first term accepted at `node` whose case policy the text satisfies, or -1. */
  private pick(node: number, text: string, start: number, end: number): number {
    const { acceptStart, acceptExact, acceptTerm } = this.tables;
    for (let a = acceptStart[node]!; a < acceptStart[node + 1]!; a++) {
      const exact = acceptExact[a]!;
      if (exact < 0 || this.sameCase(this.exactForms[exact]!, text, start, end)) return acceptTerm[a]!;
    }
    return -1;
  }

  private sameCase(signature: string, text: string, start: number, end: number): boolean {
    let k = 0;
    for (let j = start; j < end; j++) {
      const f = foldKeepCase(text.charCodeAt(j));
      if (f === SEP) continue;
      if (k >= signature.length || signature.charCodeAt(k) !== f) return false;
      k++;
    }
    return k === signature.length;
  }
}

function isWordAt(text: string, j: number): boolean {
  return isWordUnit(text.charCodeAt(j));
}
