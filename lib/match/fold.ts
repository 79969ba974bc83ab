/**
 * Character folding shared by the matcher compiler and the scanner.
 *
 * Matching works on UTF-16 code units one by one so that every offset in a match is an
 * offset in the original string. Each code unit folds to one code unit (NFKC, lower case)
 * or to SEP, the class of characters allowed between the words of a multi-word term.
 */

/** Stands for any run of spaces, hyphens, dashes and line breaks between words. */
export const SEP = 0x20;

const enum Kind {
  Unknown = 0,
  Word = 1,
  Sep = 2,
  Other = 3,
}

// Lazily filled tables over the whole BMP: 192 KB, filled only for code units we meet.
const kinds = new Uint8Array(0x10000);
const lower = new Uint16Array(0x10000);
const upperKeep = new Uint16Array(0x10000);

// Spaces, hyphens and dashes that may join the words of one term ("layer-2", "layer 2",
// "zk–rollup", a non-breaking space, a soft line break in the middle of a term).
const SEPARATORS = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d, 0xa0, 0xad, 0x2010, 0x2011, 0x2012, 0x2013, 0x2007,
  0x2009, 0x200a, 0x202f, 0x2028, 0x2029, 0x3000,
]);

const WORD = /^[\p{L}\p{N}\p{M}]$/u;

function classify(c: number): void {
  if (SEPARATORS.has(c)) {
    kinds[c] = Kind.Sep;
    lower[c] = SEP;
    upperKeep[c] = SEP;
    return;
  }
  const ch = String.fromCharCode(c);
  // Lone surrogates cannot be normalised; they are never part of a term.
  const isSurrogate = c >= 0xd800 && c <= 0xdfff;
  const nfkc = isSurrogate ? ch : ch.normalize('NFKC');
  const single = nfkc.length === 1 ? nfkc : ch;
  const lowered = single.toLowerCase();
  upperKeep[c] = single.charCodeAt(0);
  lower[c] = lowered.length === 1 ? lowered.charCodeAt(0) : single.charCodeAt(0);
  kinds[c] = !isSurrogate && WORD.test(single) ? Kind.Word : Kind.Other;
}

for (let c = 0; c < 0x80; c++) classify(c);
// Curly apostrophes fold to the ASCII one so "Ethereum’s" behaves like "Ethereum's".
for (const c of [0x2018, 0x2019, 0x02bc]) {
  kinds[c] = Kind.Other;
  lower[c] = 0x27;
  upperKeep[c] = 0x27;
}

/** 1 for ASCII letters and digits: the scanner's fast path reads this directly. */
export const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, c) => (kinds[c] === Kind.Word ? 1 : 0));
/** Case-insensitive fold of ASCII code units, SEP for ASCII separators. */
export const ASCII_FOLD = Uint16Array.from({ length: 0x80 }, (_, c) => lower[c]!);

/** Marks a SCAN entry not classified yet; it is ≤ SEP so the word loop leaves on it. */
export const SCAN_UNRESOLVED = 1;

/**
 * The scanner's one lookup per code unit: the folded code of a letter or digit (always
 * above SEP), SEP for a separator, 0 for anything else, or SCAN_UNRESOLVED until
 * `resolveScan` has classified it. ASCII is filled up front; the rest as pages need it.
 * One table without an ASCII branch keeps the per-character loop to a load and a compare.
 */
export const SCAN = new Uint16Array(0x10000).fill(SCAN_UNRESOLVED);
for (let c = 0; c < 0x80; c++) SCAN[c] = scanOf(c);

function scanOf(c: number): number {
  if (kinds[c] === Kind.Unknown) classify(c);
  const kind = kinds[c];
  return kind === Kind.Word ? lower[c]! : kind === Kind.Sep ? SEP : 0;
}

/** Classifies `c` into SCAN and returns its entry. */
export function resolveScan(c: number): number {
  const f = scanOf(c);
  SCAN[c] = f;
  return f;
}

/**
 * The folds of the whole BMP, every code unit classified: what the WebAssembly scanner
 * copies into its memory, so both scanners read text through the same tables. `kinds` is
 * 1 for word, 2 for separator, 3 for anything else.
 */
export function bmpFoldTables(): { kinds: Uint8Array; lower: Uint16Array; upperKeep: Uint16Array; scan: Uint16Array } {
  for (let c = 0; c < 0x10000; c++) if (SCAN[c] === SCAN_UNRESOLVED) resolveScan(c);
  return { kinds, lower, upperKeep, scan: SCAN };
}

/** Case-insensitive fold of one code unit (SEP for separators). */
export function foldLower(c: number): number {
  if (kinds[c] === Kind.Unknown) classify(c);
  return lower[c]!;
}

/** NFKC fold of one code unit that keeps its case, for exact-case terms. */
export function foldKeepCase(c: number): number {
  if (kinds[c] === Kind.Unknown) classify(c);
  return upperKeep[c]!;
}

/** Letters, digits and combining marks: what a term may not touch on either side. */
export function isWordUnit(c: number): boolean {
  if (kinds[c] === Kind.Unknown) classify(c);
  return kinds[c] === Kind.Word;
}

export function isSepUnit(c: number): boolean {
  if (kinds[c] === Kind.Unknown) classify(c);
  return kinds[c] === Kind.Sep;
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
