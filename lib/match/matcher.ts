import type { MatcherIndex } from './compile';
import { unpackIndex, type PackedMatcherIndex } from './pack';
import { ASCII_FOLD, ASCII_WORD, SCAN, SCAN_UNRESOLVED, SEP, foldKeepCase, foldLower, isSepUnit, isWordUnit, pairHash, resolveScan, stepHash } from './fold';

/** A running count of the words a scan has read. */
export interface WordCount {
  count: number;
}

/** One occurrence of a term: `text.slice(start, end)` is exactly the words matched. */
export interface TermMatch {
  start: number;
  end: number;
  /** Index of the term in the matcher's `ids`/`terms`. */
  term: number;
}

/**
 * Finds glossary terms in text in one left-to-right pass: at each word start it walks the
 * trie as far as the text allows and keeps the longest accepted form that ends on a word
 * boundary. The cost per character does not depend on how many terms the glossary has.
 */
export class Matcher {
  readonly ids: readonly string[];
  readonly terms: readonly string[];
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeChild: Int32Array;
  private readonly acceptStart: Int32Array;
  private readonly acceptTerm: Int32Array;
  private readonly acceptExact: Int32Array;
  private readonly exactForms: readonly string[];
  private readonly ambiguous: Uint8Array;
  private readonly general: Uint8Array;
  private readonly familyMask: Uint8Array;
  private readonly context: Readonly<Record<number, string[]>>;
  private readonly termAreas: readonly (readonly string[])[];
  /** For nodes with many children, a row of `dense` (128 ASCII codes) or -1. */
  private readonly denseRow: Int32Array;
  private readonly dense: Int32Array;
  /**
   * Two bits per word hash (low 16 bits): whether a term may start with that word
   * (START_WORD) or the word may end the first pair of a multi-word term (PAIR_SECOND).
   * One load per word of text from 16 KB that stays in L1 cache; a false positive only
   * costs a look-up that finds nothing.
   */
  private readonly wordFlags: Uint32Array;
  /** Bit set over the pair hashes of MatcherIndex.startPairs. */
  private readonly startPairs: Uint32Array;
  /**
   * The first words of all forms, by the hash the scanner computes for a word: the scanner
   * checks the word's characters against `wordCodes` and enters the trie at `wordNode`,
   * the node the word leads to, instead of re-walking the busiest, widest part of the trie.
   */
  private readonly words: FirstWords;
  /**
   * Path compression, computed at load. Nodes are numbered depth first, so the only child
   * of node k is k + 1. From a node with one child and no accepted term, a chain of
   * `chainLength[k]` such nodes follows, spelling `chainCode[k .. k + chainLength[k])`; one
   * tight compare loop replaces a trie step per character.
   */
  private readonly chainLength: Int32Array;
  private readonly chainCode: Uint16Array;

  constructor(source: MatcherIndex | PackedMatcherIndex) {
    const index = unpackIndex(source);
    this.ids = index.ids;
    this.terms = index.terms;
    this.edgeStart = Int32Array.from(index.edgeStart);
    this.edgeCode = Uint16Array.from(index.edgeCode);
    this.edgeChild = Int32Array.from(index.edgeChild);
    this.acceptStart = Int32Array.from(index.acceptStart);
    this.acceptTerm = Int32Array.from(index.acceptTerm);
    this.acceptExact = Int32Array.from(index.acceptExact);
    this.exactForms = index.exactForms;
    this.ambiguous = new Uint8Array(index.ids.length);
    for (const t of index.ambiguous) this.ambiguous[t] = 1;
    this.general = new Uint8Array(index.ids.length);
    for (const t of index.general) this.general[t] = 1;
    this.familyMask = Uint8Array.from(index.familyMask);
    this.context = index.context;
    this.termAreas = index.termAreas.map((list) => list.map((a) => index.areaIds[a]!));
    this.wordFlags = new Uint32Array(HASH_BITS >>> 4);
    const flag = (h: number, bit: number): void => {
      this.wordFlags[(h >>> 4) & FLAG_WORD_MASK]! |= bit << ((h & 15) << 1);
    };
    for (const h of index.startWords) flag(h, START_WORD);
    for (const h of index.pairSecondWords) flag(h, PAIR_SECOND);
    this.startPairs = bitSet(index.startPairs);
    this.words = firstWords(this.edgeStart, this.edgeCode, this.edgeChild, this.acceptStart);

    // Wide nodes sit near the root and are visited at almost every word start; a direct
    // row beats scanning a dozen sorted edges. Narrow nodes (nearly all) keep the edge list.
    const nodes = index.edgeStart.length - 1;
    this.chainLength = new Int32Array(nodes + 1);
    this.chainCode = new Uint16Array(nodes + 1);
    for (let k = nodes - 1; k >= 0; k--) {
      const e = this.edgeStart[k]!;
      const link = this.edgeStart[k + 1]! - e === 1 && this.edgeChild[e] === k + 1 && this.acceptStart[k]! === this.acceptStart[k + 1]!;
      if (link) {
        this.chainCode[k] = this.edgeCode[e]!;
        this.chainLength[k] = 1 + this.chainLength[k + 1]!;
      }
    }
    this.denseRow = new Int32Array(nodes).fill(-1);
    const wide: number[] = [];
    for (let k = 1; k < nodes; k++) if (index.edgeStart[k + 1]! - index.edgeStart[k]! >= DENSE_MIN_EDGES) wide.push(k);
    this.dense = new Int32Array(wide.length * 128).fill(-1);
    wide.forEach((k, row) => {
      this.denseRow[k] = row;
      for (let e = this.edgeStart[k]!; e < this.edgeStart[k + 1]!; e++) {
        const code = this.edgeCode[e]!;
        if (code < 128) this.dense[row * 128 + code] = this.edgeChild[e]!;
      }
    });
  }

  isAmbiguous(term: number): boolean {
    return this.ambiguous[term] === 1;
  }

  /** Bit per family of the term's areas (1 chain, 2 markets). */
  familiesOf(term: number): number {
    return this.familyMask[term] ?? 1;
  }

  isGeneral(term: number): boolean {
    return this.general[term] === 1;
  }

  contextOf(term: number): readonly string[] {
    return this.context[term] ?? [];
  }

  areasOf(term: number): readonly string[] {
    return this.termAreas[term] ?? [];
  }

  /**
   * Every match in `text`, in order, never overlapping. With `words`, also adds the number
   * of words in `text` (runs of word characters, inside matches too) to `words.count`, which
   * saves the page scanner a second pass over every block to measure its density of terms.
   */
  scan(text: string, words?: WordCount): TermMatch[] {
    const out: TermMatch[] = [];
    let wordCount = 0;
    const n = text.length;
    // One pass that hashes each word as it goes. The trie is entered only at a word some
    // term can start with, or at the first of two words that start a multi-word term:
    // "in" alone never sends the scanner into the trie, "in the" does. Each character
    // costs one table load and one compare; the classification of a character the table
    // has not met yet is resolved where a word or a gap ends, off the per-character path.
    const table = SCAN;
    const wordFlags = this.wordFlags;
    const startPairs = this.startPairs;
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
      let c = text.charCodeAt(i);
      let f = table[c]!;
      if (f <= SEP) {
        if (f === SCAN_UNRESOLVED) f = resolveScan(c);
        if (f <= SEP) {
          // Only separators may stand between the two words of a term.
          if (f !== SEP) prevStart = -1;
          i++;
          continue;
        }
      }
      const start = i;
      let hash = 0;
      for (;;) {
        hash = (Math.imul(hash, 31) + f) | 0; // stepHash, inlined in the hottest loop
        if (++i === n) {
          f = 0;
          break;
        }
        c = text.charCodeAt(i);
        f = table[c]!;
        if (f <= SEP) {
          if (f === SCAN_UNRESOLVED) f = resolveScan(c);
          if (f <= SEP) break;
        }
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
    const { mask, slotKey, slotWord, wordNode, wordCodeStart, wordEnds } = this.words;
    const codes = this.words.wordCodes;
    const length = end - start;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const w = slotWord[slot]!;
      if (w < 0) return undefined;
      if (slotKey[slot] !== hash) continue;
      const from = wordCodeStart[w]!;
      if (wordCodeStart[w + 1]! - from !== length) continue;
      let k = 0;
      // Word characters are classified by now: the scanner has just read them.
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
    const acceptStart = this.acceptStart;
    const edgeStart = this.edgeStart;
    const edgeCode = this.edgeCode;
    const edgeChild = this.edgeChild;
    const denseRow = this.denseRow;
    const dense = this.dense;
    const asciiFold = ASCII_FOLD;
    const n = text.length;
    const chainLength = this.chainLength;
    const chainCode = this.chainCode;
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
          if ((c < 128 ? asciiFold[c]! : foldLower(c)) !== want) break;
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
      const f = c < 128 ? asciiFold[c]! : foldLower(c);
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
    for (let a = this.acceptStart[node]!; a < this.acceptStart[node + 1]!; a++) {
      const exact = this.acceptExact[a]!;
      if (exact < 0 || this.sameCase(this.exactForms[exact]!, text, start, end)) return this.acceptTerm[a]!;
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

/** Word hashes are filtered on their low 16 bits: a pair bit set is 8 KB, in L1 cache. */
const HASH_BITS = 1 << 16;
const FLAG_WORD_MASK = (HASH_BITS >>> 4) - 1;
const START_WORD = 1;
const PAIR_SECOND = 2;
const HASH_MASK = (HASH_BITS >>> 5) - 1;

function bitSet(hashes: readonly number[]): Uint32Array {
  const bits = new Uint32Array(HASH_BITS >>> 5);
  for (const h of hashes) bits[(h >>> 5) & HASH_MASK]! |= 1 << (h & 31);
  return bits;
}

function hasHash(bits: Uint32Array, h: number): boolean {
  return ((bits[(h >>> 5) & HASH_MASK]! >>> (h & 31)) & 1) === 1;
}

interface FirstWords {
  /** Open addressing over word hashes: slotWord is -1 for an empty slot. */
  mask: number;
  slotKey: Int32Array;
  slotWord: Int32Array;
  wordNode: Int32Array;
  /** 1 where no form goes on past word w: a match starting with it ends with it. */
  wordEnds: Uint8Array;
  /** Word w is wordCodes[wordCodeStart[w] .. wordCodeStart[w + 1]). */
  wordCodeStart: Int32Array;
  wordCodes: Uint16Array;
}

function mix(hash: number): number {
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 16;
}

/**
 * Every word a form can start with, found by walking the trie from the root along word
 * characters: a node ends a first word when a term is accepted there or the form goes on
 * past a separator or punctuation.
 */
function firstWords(edgeStart: Int32Array, edgeCode: Uint16Array, edgeChild: Int32Array, acceptStart: Int32Array): FirstWords {
  const hashes: number[] = [];
  const nodes: number[] = [];
  const ends: number[] = [];
  const starts: number[] = [0];
  const codes: number[] = [];
  const path: number[] = [];
  const visit = (node: number, hash: number): void => {
    const accepts = acceptStart[node]! < acceptStart[node + 1]!;
    let goesOn = false;
    for (let e = edgeStart[node]!; e < edgeStart[node + 1]!; e++) {
      const code = edgeCode[e]!;
      if (!isWordUnit(code)) {
        goesOn = true;
        continue;
      }
      path.push(code);
      visit(edgeChild[e]!, stepHash(hash, code));
      path.pop();
    }
    if ((accepts || goesOn) && path.length > 0) {
      hashes.push(hash);
      nodes.push(node);
      ends.push(goesOn ? 0 : 1);
      codes.push(...path);
      starts.push(codes.length);
    }
  };
  visit(0, 0);
  let size = 1;
  while (size < hashes.length * 2) size <<= 1;
  const slotKey = new Int32Array(size);
  const slotWord = new Int32Array(size).fill(-1);
  hashes.forEach((hash, w) => {
    let slot = mix(hash) & (size - 1);
    while (slotWord[slot]! >= 0) slot = (slot + 1) & (size - 1);
    slotKey[slot] = hash;
    slotWord[slot] = w;
  });
  return {
    mask: size - 1,
    slotKey,
    slotWord,
    wordNode: Int32Array.from(nodes),
    wordEnds: Uint8Array.from(ends),
    wordCodeStart: Int32Array.from(starts),
    wordCodes: Uint16Array.from(codes),
  };
}

/** Nodes with at least this many children get a dense row. */
const DENSE_MIN_EDGES = 4;

function isWordAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  return c < 128 ? ASCII_WORD[c] === 1 : isWordUnit(c);
}

/** The match covering `offset` in a sorted, non-overlapping list, if any. */
export function matchAt<M extends TermMatch>(matches: readonly M[], offset: number): M | undefined {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}
