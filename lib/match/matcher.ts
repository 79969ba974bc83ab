import type { MatcherIndex } from './compile';
import { SEP, foldKeepCase, foldLower, isSepUnit, isWordUnit } from './fold';

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
    let prevWord = false;
    let i = 0;
    while (i < n) {
      const isWord = isWordUnit(text.charCodeAt(i));
      if (!isWord || prevWord) {
        prevWord = isWord;
        i++;
        continue;
      }
      const found = this.longestAt(text, i);
      if (found !== undefined) {
        out.push(found);
        // The character after a match is never a word character, so the next word start
        // is found by the ordinary loop.
        i = found.end;
        prevWord = false;
      } else {
        prevWord = true;
        i++;
      }
    }
    return out;
  }

  private longestAt(text: string, start: number): TermMatch | undefined {
    const n = text.length;
    let node = 0;
    let j = start;
    let best: TermMatch | undefined;
    while (j < n) {
      const f = foldLower(text.charCodeAt(j));
      let child: number;
      if (f === SEP) {
        child = this.child(node, SEP);
        if (child < 0) break;
        j++;
        while (j < n && isSepUnit(text.charCodeAt(j))) j++;
        node = child;
        continue;
      }
      child = node === 0 ? this.rootChild[f]! : this.child(node, f);
      if (child < 0) break;
      node = child;
      j++;
      if (this.acceptStart[node]! < this.acceptStart[node + 1]! && (j === n || !isWordUnit(text.charCodeAt(j)))) {
        const term = this.pick(node, text, start, j);
        if (term >= 0) best = { start, end: j, term };
      }
    }
    return best;
  }

  private child(node: number, code: number): number {
    const end = this.edgeStart[node + 1]!;
    for (let e = this.edgeStart[node]!; e < end; e++) {
      const c = this.edgeCode[e]!;
      if (c === code) return this.edgeChild[e]!;
      if (c > code) return -1;
    }
    return -1;
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
