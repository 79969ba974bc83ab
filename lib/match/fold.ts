import { KEEP_DELTA_RUNS, KIND_RUNS, LOWER_DELTA_RUNS } from './fold-tables';

/**
 * Character folding shared by the matcher compiler and the scanner.
 *
 * Matching works on UTF-16 code units one by one so that every offset in a match is an
 * offset in the original string. Each code unit folds to one code unit (NFKC, lower case)
 * or to SEP, the class of characters allowed between the words of a multi-word term.
 */

/** Stands for any run of spaces, hyphens, dashes and line breaks between words. */
export const SEP = 0x20;

/** Values of `kinds`: a letter, digit or mark; a separator; anything else (3). */
const WORD_KIND = 1;
const SEP_KIND = 2;

/** A table from its runs (see scripts/fold-tables.mjs): plus each code unit where `delta`. */
function fromRuns<T extends Uint8Array | Uint16Array>(table: T, runs: readonly number[], delta: boolean): T {
  let c = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const from = c + runs[r]!;
    const value = runs[r + 1]!;
    const to = r + 2 < runs.length ? from + runs[r + 2]! : table.length;
    if (delta) for (let k = from; k < to; k++) table[k] = k + value;
    else table.fill(value, from, to);
    c = from;
  }
  return table;
}

// Every code unit of the BMP, classified at build time (scripts/fold-tables.mjs): the same
// Unicode data in every context, and no classifying in the service worker on each wake.
const kinds = fromRuns(new Uint8Array(0x10000), KIND_RUNS, false);
const lower = fromRuns(new Uint16Array(0x10000), LOWER_DELTA_RUNS, true);
const upperKeep = fromRuns(new Uint16Array(0x10000), KEEP_DELTA_RUNS, true);


/**
 * The scanner's one lookup per code unit: the folded code of a letter or digit (always
 * above SEP), SEP for a separator, 0 for anything else. One table without an ASCII branch
 * keeps the per-character loop to a load and a compare.
 */
export const SCAN = Uint16Array.from(kinds, (kind, c) => (kind === WORD_KIND ? lower[c]! : kind === SEP_KIND ? SEP : 0));

/**
 * The folds of the whole BMP: what the WebAssembly scanner copies into its memory, so both
 * scanners read text through the same tables. `kinds` is 1 for word, 2 for separator, 3
 * for anything else.
 */
export function bmpFoldTables(): { kinds: Uint8Array; lower: Uint16Array; upperKeep: Uint16Array; scan: Uint16Array } {
  return { kinds, lower, upperKeep, scan: SCAN };
}

/** Case-insensitive fold of one code unit (SEP for separators). */
export function foldLower(c: number): number {
  return lower[c]!;
}

/** NFKC fold of one code unit that keeps its case, for exact-case terms. */
export function foldKeepCase(c: number): number {
  return upperKeep[c]!;
}

/** Letters, digits and combining marks: what a term may not touch on either side. */
export function isWordUnit(c: number): boolean {
  return kinds[c] === WORD_KIND;
}

export function isSepUnit(c: number): boolean {
  return kinds[c] === SEP_KIND;
}

/**
 * The key two spellings share when the matcher cannot tell them apart:
 * "Layer-2", "layer 2" and "LAYER 2" all give "layer 2".
 */
export function formKey(form: string): string {
  // Codes first, one string at the end: imports check every spelling of large files.
  const codes: number[] = [];
  let pendingSep = false;
  for (let i = 0; i < form.length; i++) {
    const f = foldLower(form.charCodeAt(i));
    if (f === SEP) {
      pendingSep = codes.length > 0;
      continue;
    }
    if (pendingSep) codes.push(SEP);
    pendingSep = false;
    codes.push(f);
  }
  return fromCodes(codes);
}

/** String.fromCharCode over any number of codes without overflowing the argument stack. */
function fromCodes(codes: readonly number[]): string {
  const CHUNK = 4096;
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return out;
}

/** Folds one more word character into a running word hash. */
export function stepHash(hash: number, folded: number): number {
  return (Math.imul(hash, 31) + folded) | 0;
}

/** The key of a two-word start: the first word's hash mixed with the second's. */
export function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) | 0;
}

export interface LeadingWords {
  /** Hash of the first run of word characters. */
  first: number;
  /**
   * Hash of the second word when only separators stand between the two; undefined when
   * the form is one word or the first word is followed by anything else ("51% attack").
   */
  second: number | undefined;
}

/**
 * The hashes the scanner computes on the fly for the first one or two words of a form:
 * it walks the trie only where a term can start.
 */
export function leadingWords(form: string): LeadingWords | undefined {
  const n = form.length;
  let i = 0;
  let first = 0;
  for (; i < n && isWordUnit(form.charCodeAt(i)); i++) first = stepHash(first, foldLower(form.charCodeAt(i)));
  if (i === 0) return undefined;
  let j = i;
  while (j < n && isSepUnit(form.charCodeAt(j))) j++;
  if (j === i || j === n || !isWordUnit(form.charCodeAt(j))) return { first, second: undefined };
  let second = 0;
  for (; j < n && isWordUnit(form.charCodeAt(j)); j++) second = stepHash(second, foldLower(form.charCodeAt(j)));
  return { first, second };
}
