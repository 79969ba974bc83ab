import type { MatcherIndex } from './compile';
import { ASCII_FOLD, ASCII_SCAN, ASCII_WORD, SEP, foldKeepCase, foldLower, isSepUnit, isWordUnit, pairHash, scanCode } from './fold';

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
  /** Children of the root by folded code: most word starts are rejected by one lookup. */
  private readonly rootChild: Int32Array;
  /** For nodes with many children, a row of `dense` (128 ASCII codes) or -1. */
  private readonly denseRow: Int32Array;
  private readonly dense: Int32Array;
  /** Bit sets over word hashes; see MatcherIndex. */
  private readonly startWords: Uint32Array;
  private readonly startPairs: Uint32Array;
  private readonly pairFirstWords: Uint32Array;
  /**
   * Path compression, computed at load. Nodes are numbered depth first, so the only child
   * of node k is k + 1. From a node with one child and no accepted term, a chain of
   * `chainLength[k]` such nodes follows, spelling `chainCode[k .. k + chainLength[k])`; one
   * tight compare loop replaces a trie step per character.
   */
  private readonly chainLength: Int32Array;
  private readonly chainCode: Uint16Array;
  /** startWords and pairFirstWords together: one lookup rules out most words. */
  private readonly anyStart: Uint32Array;

  constructor(index: MatcherIndex) {
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
    this.rootChild = new Int32Array(0x10000).fill(-1);
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) {
      this.rootChild[this.edgeCode[e]!] = this.edgeChild[e]!;
    }
    this.startWords = bitSet(index.startWords);
    this.startPairs = bitSet(index.startPairs);
    this.pairFirstWords = bitSet(index.pairFirstWords);
    this.anyStart = bitSet([...index.startWords, ...index.pairFirstWords]);

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

  /** Every match in `text`, in order, never overlapping. */
  scan(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    const n = text.length;
    // One pass that hashes each word as it goes. The trie is entered only at a word some
    // term can start with, or at the first of two words that start a multi-word term:
    // "in" alone never sends the scanner into the trie, "in the" does. ASCII takes two table
    // lookups per character; anything else goes through the lazily filled BMP tables.
    const anyStart = this.anyStart;
    let hash = 0;
    let start = 0;
    let inWord = false;
    /** Start and hash of a word that may begin a two-word term, or -1. */
    let pendingStart = -1;
    let pendingHash = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      // Folded code of a word character (> SEP), SEP, or 0 for anything else.
      const f = c < 128 ? ASCII_SCAN[c]! : scanCode(c);
      if (f > SEP) {
        if (!inWord) {
          start = i;
          hash = 0;
          inWord = true;
        }
        hash = (Math.imul(hash, 31) + f) | 0;
        continue;
      }
      if (!inWord) {
        // Only separators may stand between the two words of a term.
        if (f !== SEP) pendingStart = -1;
        continue;
      }
      inWord = false;
      if (pendingStart < 0 && !hasHash(anyStart, hash)) continue;
      const found = this.wordEnded(text, start, hash, pendingStart, pendingHash);
      if (found !== undefined) {
        out.push(found);
        pendingStart = -1;
        // A match may run past this word ("optimistic rollup"); resume after it. The
        // character at found.end is never a word character.
        i = found.end;
      } else if (f === SEP && hasHash(this.pairFirstWords, hash)) {
        pendingStart = start;
        pendingHash = hash;
      } else pendingStart = -1;
    }
    if (inWord) {
      const found = this.wordEnded(text, start, hash, pendingStart, pendingHash);
      if (found !== undefined) out.push(found);
    }
    return out;
  }

  /** The match, if any, that a just-finished word completes or starts. */
  private wordEnded(text: string, start: number, hash: number, pendingStart: number, pendingHash: number): TermMatch | undefined {
    let found: TermMatch | undefined;
    if (pendingStart >= 0 && hasHash(this.startPairs, pairHash(pendingHash, hash))) found = this.walkFrom(text, pendingStart);
    if (found === undefined && hasHash(this.startWords, hash)) found = this.walkFrom(text, start);
    return found;
  }

  private walkFrom(text: string, start: number): TermMatch | undefined {
    const first = text.charCodeAt(start);
    const node = this.rootChild[first < 128 ? ASCII_FOLD[first]! : foldLower(first)]!;
    return node < 0 ? undefined : this.longestFrom(text, start, node);
  }

  /** The longest accepted match starting at `start`, whose first code unit led to `node`. */
  private longestFrom(text: string, start: number, node: number): TermMatch | undefined {
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
    let j = start + 1;
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

/** Size of each word-hash bit set: 64 Kbit, 8 KB, small enough to stay in L1 cache. */
const HASH_BITS = 1 << 16;
const HASH_MASK = (HASH_BITS >>> 5) - 1;

function bitSet(hashes: readonly number[]): Uint32Array {
  const bits = new Uint32Array(HASH_BITS >>> 5);
  for (const h of hashes) bits[(h >>> 5) & HASH_MASK]! |= 1 << (h & 31);
  return bits;
}

function hasHash(bits: Uint32Array, h: number): boolean {
  return ((bits[(h >>> 5) & HASH_MASK]! >>> (h & 31)) & 1) === 1;
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
