import { SEP, foldKeepCase, foldLower, leadingWords, pairHash } from './fold';
import { inflections, isAcronymForm } from './forms';

/** What the compiler needs to know of a glossary term. */
export interface MatcherTerm {
  id: string;
  /** Display name, reported to the popup. */
  term: string;
  /** Every spelling: the term itself first, then aliases. */
  forms: readonly string[];
  /** Every form matches only in its written case. */
  caseExact?: boolean;
  ambiguous?: boolean;
  /** Words that confirm the crypto sense of an ambiguous term. */
  context?: readonly string[];
  /** Area ids, for the reader's choice of areas to mark. */
  areas?: readonly string[];
  /** Only in areas of traditional finance too: does not by itself make a page crypto. */
  general?: boolean;
  /** Families of the term's areas ('chain', 'markets'): which neighbours confirm it. */
  families?: readonly string[];
}

/**
 * A trie over folded code units, flattened into arrays: stored as JSON for the reader's own
 * glossary, and shipped for the bundled one with the scanner's tables already built
 * (lib/match/pack.ts). Node 0 is the root; node k's edges are
 * `edgeCode/edgeChild[edgeStart[k] .. edgeStart[k+1])`, sorted by code, and its accepted
 * terms are `acceptTerm/acceptExact[acceptStart[k] .. acceptStart[k+1])`.
 */
export interface MatcherIndex {
  version: 1;
  ids: string[];
  terms: string[];
  /** Term indexes of ambiguous words. */
  ambiguous: number[];
  /** Term indexes of terms that belong only to areas of traditional finance too. */
  general: number[];
  /** Per term, a bit per family of its areas: 1 chain, 2 markets. */
  familyMask: number[];
  /** Confirming context words of each ambiguous term, folded, by term index. */
  context: Record<number, string[]>;
  /** Area ids in use, and each term's areas as indexes into them. */
  areaIds: string[];
  termAreas: number[][];
  edgeStart: number[];
  edgeCode: number[];
  edgeChild: number[];
  acceptStart: number[];
  acceptTerm: number[];
  /** Index into `exactForms` of the case signature to check, or -1 for any case. */
  acceptExact: number[];
  /** Case-kept folds of exact-case forms, separators removed. */
  exactForms: string[];
  /**
   * Hashes of first words after which a term may end or continue past a non-separator
   * ("ETH", "rollup", "51" of "51% attack"): the scanner walks the trie at every such word.
   */
  startWords: number[];
  /**
   * Pair hashes of the first two words of multi-word forms whose first word is never a
   * term on its own ("in the money", "market cap"): the scanner walks the trie only when
   * the next word completes such a pair.
   */
  startPairs: number[];
  /**
   * Hashes of the second words of `startPairs`: the scanner looks back to the word before
   * only at these, since first words ("in", "the", "one") are far more common in prose.
   */
  pairSecondWords: number[];
}

interface BuildNode {
  edges: Map<number, number>;
  accepts: { term: number; exact: number }[];
}

/** Folded trie key of a form: separators collapse to one SEP and are trimmed. */
export function foldForm(form: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < form.length; i++) {
    const f = foldLower(form.charCodeAt(i));
    if (f === SEP) {
      if (out.length > 0 && out[out.length - 1] !== SEP) out.push(SEP);
    } else out.push(f);
  }
  if (out[out.length - 1] === SEP) out.pop();
  return out;
}

/** Case-kept fold of a form without separators: what an exact-case match must equal. */
export function caseSignature(form: string): string {
  let s = '';
  for (let i = 0; i < form.length; i++) {
    const f = foldKeepCase(form.charCodeAt(i));
    if (f !== SEP) s += String.fromCharCode(f);
  }
  return s;
}

export function compileMatcher(terms: readonly MatcherTerm[]): MatcherIndex {
  const nodes: BuildNode[] = [{ edges: new Map(), accepts: [] }];
  const exactForms: string[] = [];
  const exactIds = new Map<string, number>();

  const startWords = new Set<number>();
  const startPairs = new Set<number>();
  const pairSecondWords = new Set<number>();
  const pairs: [number, number][] = [];
  const insert = (form: string, term: number, exact: boolean): void => {
    const key = foldForm(form);
    if (key.length === 0) return;
    const lead = leadingWords(form);
    // A form that does not start with a word character can never match at a word start.
    if (lead === undefined) return;
    if (lead.second === undefined) startWords.add(lead.first);
    else pairs.push([lead.first, lead.second]);
    let node = 0;
    for (const code of key) {
      let child = nodes[node]!.edges.get(code);
      if (child === undefined) {
        child = nodes.length;
        nodes.push({ edges: new Map(), accepts: [] });
        nodes[node]!.edges.set(code, child);
      }
      node = child;
    }
    let exactId = -1;
    if (exact) {
      const sig = caseSignature(form);
      exactId = exactIds.get(sig) ?? exactForms.push(sig) - 1;
      exactIds.set(sig, exactId);
    }
    const accepts = nodes[node]!.accepts;
    if (accepts.some((a) => a.term === term && a.exact === exactId)) return;
    accepts.push({ term, exact: exactId });
  };

  terms.forEach((t, index) => {
    for (const form of t.forms) {
      const exact = t.caseExact === true || isAcronymForm(form);
      insert(form, index, exact);
      for (const inflected of inflections(form)) insert(inflected, index, exact);
    }
  });

  // A pair is needed only where its first word is not a start word already: the walk from
  // a start word ("gas") reads on into "gas fee" by itself. Fewer second words to look
  // back from means fewer stops in the scanner's per-word path.
  for (const [first, second] of pairs) {
    if (startWords.has(first)) continue;
    pairSecondWords.add(second);
    startPairs.add(pairHash(first, second));
  }

  const areaIds = [...new Set(terms.flatMap((t) => t.areas ?? []))];
  const areaIndex = new Map(areaIds.map((a, i) => [a, i]));
  const index: MatcherIndex = {
    version: 1,
    areaIds,
    termAreas: terms.map((t) => (t.areas ?? []).map((a) => areaIndex.get(a)!)),
    ids: terms.map((t) => t.id),
    terms: terms.map((t) => t.term),
    ambiguous: terms.flatMap((t, i) => (t.ambiguous ? [i] : [])),
    general: terms.flatMap((t, i) => (t.general ? [i] : [])),
    familyMask: terms.map((t) => (t.families ?? ['chain']).reduce((mask, f) => mask | (f === 'markets' ? 2 : 1), 0)),
    context: Object.fromEntries(
      terms.flatMap((t, i) => (t.ambiguous && t.context?.length ? [[i, t.context.map((w) => w.toLowerCase())]] : [])),
    ),
    edgeStart: [],
    edgeCode: [],
    edgeChild: [],
    acceptStart: [],
    acceptTerm: [],
    acceptExact: [],
    exactForms,
    startWords: sorted(startWords),
    startPairs: sorted(startPairs),
    pairSecondWords: sorted(pairSecondWords),
  };
  // Number nodes in depth-first order: a chain of single-child nodes (most of a trie)
  // then sits in consecutive slots of every array, which the scanner reads in order.
  const order: number[] = [];
  const stack = [0];
  while (stack.length > 0) {
    const k = stack.pop()!;
    order.push(k);
    const children = [...nodes[k]!.edges.values()];
    for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
  }
  const renumber = new Int32Array(nodes.length);
  order.forEach((old, fresh) => (renumber[old] = fresh));
  for (const old of order) {
    const node = nodes[old]!;
    index.edgeStart.push(index.edgeCode.length);
    for (const [code, child] of [...node.edges].sort((a, b) => a[0] - b[0])) {
      index.edgeCode.push(code);
      index.edgeChild.push(renumber[child]!);
    }
    index.acceptStart.push(index.acceptTerm.length);
    // An exact-case spelling is more specific than an any-case one reaching the same node.
    for (const a of [...node.accepts].sort((x, y) => Number(x.exact < 0) - Number(y.exact < 0))) {
      index.acceptTerm.push(a.term);
      index.acceptExact.push(a.exact);
    }
  }
  index.edgeStart.push(index.edgeCode.length);
  index.acceptStart.push(index.acceptTerm.length);
  return index;
}

function sorted(values: Set<number>): number[] {
  return [...values].sort((a, b) => a - b);
}
