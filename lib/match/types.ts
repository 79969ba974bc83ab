/**
 * What the matcher and both of its scanners speak: in a module of their own, so that the
 * WebAssembly scanner can name them without importing the matcher that imports it.
 */

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
