import type { MatcherIndex } from './compile';
import { ASCII_FOLD, ASCII_WORD, SEP, foldKeepCase, foldLower, isSepUnit, isWordUnit } from './fold';

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
  private readonly context: Readonly<Record<number, string[]>>;
  /** Children of the root by folded code: most word starts are rejected by one lookup. */
  private readonly rootChild: Int32Array;
  /** For nodes with many children, a row of `dense` (128 ASCII codes) or -1. */
  private readonly denseRow: Int32Array;
  private readonly dense: Int32Array;

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
    this.context = index.context;
    this.rootChild = new Int32Array(0x10000).fill(-1);
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) {
      this.rootChild[this.edgeCode[e]!] = this.edgeChild[e]!;
    }
    // Wide nodes sit near the root and are visited at almost every word start; a direct
    // row beats scanning a dozen sorted edges. Narrow nodes (nearly all) keep the edge list.
    const nodes = index.edgeStart.length - 1;
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

  contextOf(term: number): readonly string[] {
    return this.context[term] ?? [];
  }

  /** Every match in `text`, in order, never overlapping. */
  scan(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    const n = text.length;
    const rootChild = this.rootChild;
    let i = 0;
    // Each pass: skip to a word start, try the trie there, then skip the rest of the word.
    // ASCII takes a table lookup; anything else goes through the lazily filled BMP tables.
    while (i < n) {
      let c = text.charCodeAt(i);
      while (c < 128 ? ASCII_WORD[c] === 0 : !isWordUnit(c)) {
        if (++i === n) return out;
        c = text.charCodeAt(i);
      }
      const first = rootChild[c < 128 ? ASCII_FOLD[c]! : foldLower(c)]!;
      if (first >= 0) {
        const found = this.longestFrom(text, i, first);
        if (found !== undefined) {
          out.push(found);
          // The character after a match is never a word character.
          i = found.end;
          continue;
        }
      }
      for (i++; i < n; i++) {
        c = text.charCodeAt(i);
        if (c < 128 ? ASCII_WORD[c] === 0 : !isWordUnit(c)) break;
      }
    }
    return out;
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
    const n = text.length;
    let j = start + 1;
    let best: TermMatch | undefined;
    for (;;) {
      if (acceptStart[node]! < acceptStart[node + 1]! && (j === n || !isWordAt(text, j))) {
        const term = this.pick(node, text, start, j);
        if (term >= 0) best = { start, end: j, term };
      }
      if (j === n) break;
      const c = text.charCodeAt(j);
      const f = c < 128 ? ASCII_FOLD[c]! : foldLower(c);
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
    return best;
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

/** Nodes with at least this many children get a dense row. */
const DENSE_MIN_EDGES = 4;

function isWordAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  return c < 128 ? ASCII_WORD[c] === 1 : isWordUnit(c);
}

/** The match covering `offset` in a sorted, non-overlapping list, if any. */
export function matchAt(matches: readonly TermMatch[], offset: number): TermMatch | undefined {
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
