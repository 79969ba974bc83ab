import type { SetMatch, TermSet } from './term-set';
import type { WordCount } from './types';

/**
 * Matching happens in the background, off the page's main thread: the content script
 * sends the text of its blocks and gets back where the terms are. This module is both
 * ends of that exchange, with a wire format that survives JSON (Chrome serialises
 * extension messages that way) and stays small for pages with tens of thousands of hits.
 */

/** What the page needs to know about a term it found. */
export interface TermInfo {
  readonly id: string;
  /** Display name, for "On this page". */
  readonly name: string;
  readonly areas: readonly string[];
  /** An ordinary word too: marked only on pages that read as crypto. */
  readonly ambiguous: boolean;
  /** A term of finance in general, not crypto's own: it does not make a page read as crypto. */
  readonly general: boolean;
  /**
   * A weak spelling its block did not confirm: lit only on a page that reads strongly as
   * crypto. The same term confirmed elsewhere has a row of its own.
   */
  readonly unconfirmed: boolean;
}

/** One occurrence of a term in a block: `text.slice(start, end)` is exactly what matched. */
export interface PageMatch {
  start: number;
  end: number;
  term: TermInfo;
}

const AMBIGUOUS = 1;
const GENERAL = 2;
const UNCONFIRMED = 4;

/** The background's answer to a batch of texts. */
export interface ScanReply {
  /** The distinct terms found: id, name, areas, flags (1 ambiguous, 2 general, 4 unconfirmed here). */
  terms: [string, string, string[], number][];
  /** Per text: the number of its matches, then start, end and index in `terms` of each. */
  found: number[];
  /** Words read, per text: matches per word is a page's density of terms. */
  words: number[];
  /** Time the background spent matching, in ms: work kept off the page's main thread. */
  ms: number;
  /** Whether the background's scanner ran on WebAssembly (else JavaScript). */
  wasm: boolean;
}

/** Scans each text with the glossary, as the content script would have. */
export function answerScan(set: TermSet, texts: readonly string[], clock: () => number = () => 0): ScanReply {
  const started = clock();
  const terms: ScanReply['terms'] = [];
  // Keyed by source and term index: ids may repeat across sources.
  const index = new Map<number, number>();
  const found: number[] = [];
  const words: number[] = [];
  const counter: WordCount = { count: 0 };
  for (const text of texts) {
    counter.count = 0;
    const matches = set.scan(text, counter);
    words.push(counter.count);
    found.push(matches.length);
    for (const m of matches) {
      const key = ((m.source ?? 0) * 0x100000 + m.term) * 2 + (m.unconfirmed ? 1 : 0);
      let k = index.get(key);
      if (k === undefined) {
        k = terms.length;
        index.set(key, k);
        terms.push(termRow(set, m));
      }
      found.push(m.start, m.end, k);
    }
  }
  return { terms, found, words, ms: clock() - started, wasm: set.sources.every((m) => m.usesWasm) };
}

function termRow(set: TermSet, m: SetMatch): ScanReply['terms'][number] {
  return [
    set.idOf(m),
    set.nameOf(m),
    [...set.areasOf(m)],
    (set.isAmbiguous(m) ? AMBIGUOUS : 0) | (set.isGeneral(m) ? GENERAL : 0) | (m.unconfirmed ? UNCONFIRMED : 0),
  ];
}

/** The first term in text the reader picked out, as its id. */
export function answerLookup(set: TermSet, text: string): string | null {
  const match = set.lookup(text);
  return match ? set.idOf(match) : null;
}

export interface ScanAnswer {
  matches: PageMatch[][];
  words: number[];
  /** The background's matching time, in ms. */
  ms: number;
  wasm: boolean;
}

/**
 * The reply to a batch of texts of these lengths, checked: every match must lie inside its
 * text, in order, without overlap, and name a term of the reply. Anything else (a reply
 * from another version, a broken background) reads as undefined, never as marks in the
 * wrong place.
 */
export function readScanReply(reply: unknown, lengths: readonly number[]): ScanAnswer | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  const { terms, found, words, ms, wasm } = reply as Partial<Record<keyof ScanReply, unknown>>;
  if (!Array.isArray(terms) || !Array.isArray(found) || !Array.isArray(words) || words.length !== lengths.length) return undefined;
  const infos: TermInfo[] = [];
  for (const row of terms as unknown[]) {
    if (!Array.isArray(row) || row.length !== 4) return undefined;
    const [id, name, areas, flags] = row as unknown[];
    if (typeof id !== 'string' || typeof name !== 'string' || typeof flags !== 'number') return undefined;
    if (!Array.isArray(areas) || !areas.every((a) => typeof a === 'string')) return undefined;
    infos.push({ id, name, areas: areas, ambiguous: (flags & AMBIGUOUS) !== 0, general: (flags & GENERAL) !== 0, unconfirmed: (flags & UNCONFIRMED) !== 0 });
  }
  const nums = found as unknown[];
  const matches: PageMatch[][] = [];
  let at = 0;
  for (const length of lengths) {
    const count = nums[at++];
    if (!isCount(count) || at + 3 * count > nums.length) return undefined;
    const list: PageMatch[] = new Array<PageMatch>(count);
    let last = 0;
    for (let j = 0; j < count; j++) {
      // `x | 0` is x only for an integer (not a string, not undefined): one cheap test per
      // number on a path that reads tens of thousands of them on a big page.
      const start = nums[at++] as number;
      const end = nums[at++] as number;
      const term = nums[at++] as number;
      if ((start | 0) !== start || (end | 0) !== end || (term | 0) !== term) return undefined;
      if (start < last || end <= start || end > length || term < 0 || term >= infos.length) return undefined;
      list[j] = { start, end, term: infos[term]! };
      last = end;
    }
    matches.push(list);
  }
  if (at !== nums.length || !(words as unknown[]).every(isCount)) return undefined;
  return { matches, words: words as number[], ms: typeof ms === 'number' && ms >= 0 ? ms : 0, wasm: wasm === true };
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}
