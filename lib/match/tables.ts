import type { MatcherIndex } from './compile';
import { isWordUnit, stepHash } from './fold';

/**
 * The typed arrays the scanner reads. The matcher gets them ready-made: built at build
 * time, shipped as one base64 string, and decoded as views on a single buffer. Building
 * them at run time meant parsing 100,000 numbers of JSON and running a dozen loops over
 * the trie before the first word was read, while the engine was still cold: about ten
 * milliseconds every time a matcher was built.
 */
export interface MatcherTables {
  edgeStart: Int32Array;
  edgeCode: Uint16Array;
  edgeChild: Int32Array;
  acceptStart: Int32Array;
  acceptTerm: Int32Array;
  /** Index into `exactForms` of the case signature to check, or -1 for any case. */
  acceptExact: Int32Array;
  /**
   * Two bits per word hash (low 16 bits): whether a term may start with that word
   * (START_WORD) or the word may end the first pair of a multi-word term (PAIR_SECOND).
   * One load per word of text from 16 KB that stays in L1 cache; a false positive only
   * costs a look-up that finds nothing.
   */
  wordFlags: Uint32Array;
  /** Bit set over the pair hashes of MatcherIndex.startPairs. */
  startPairs: Uint32Array;
  /**
   * Path compression. Nodes are numbered depth first, so the only child of node k is
   * k + 1. From a node with one child and no accepted term, a chain of `chainLength[k]`
   * such nodes follows, spelling `chainCode[k .. k + chainLength[k])`; one tight compare
   * loop replaces a trie step per character.
   */
  chainLength: Int32Array;
  chainCode: Uint16Array;
  /** For nodes with many children, a row of `dense` (128 ASCII codes) or -1. */
  denseRow: Int32Array;
  dense: Int32Array;
  /**
   * The first words of all forms, in an open-addressing table keyed by the hash the
   * scanner computes for a word (`slotWord` is -1 for an empty slot): the scanner checks
   * the word's characters against `wordCodes` and enters the trie at `wordNode`.
   */
  slotKey: Int32Array;
  slotWord: Int32Array;
  wordNode: Int32Array;
  /** 1 where no form goes on past word w: a match starting with it ends with it. */
  wordEnds: Uint8Array;
  /** Word w is wordCodes[wordCodeStart[w] .. wordCodeStart[w + 1]). */
  wordCodeStart: Int32Array;
  wordCodes: Uint16Array;
}

type TypedArrayKind = Int32ArrayConstructor | Uint32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor;

/** The order and element type of each table in the shipped buffer. */
const LAYOUT: readonly (readonly [keyof MatcherTables, TypedArrayKind])[] = [
  ['edgeStart', Int32Array],
  ['edgeChild', Int32Array],
  ['acceptStart', Int32Array],
  ['acceptTerm', Int32Array],
  ['acceptExact', Int32Array],
  ['wordFlags', Uint32Array],
  ['startPairs', Uint32Array],
  ['chainLength', Int32Array],
  ['denseRow', Int32Array],
  ['dense', Int32Array],
  ['slotKey', Int32Array],
  ['slotWord', Int32Array],
  ['wordNode', Int32Array],
  ['wordCodeStart', Int32Array],
  ['edgeCode', Uint16Array],
  ['chainCode', Uint16Array],
  ['wordCodes', Uint16Array],
  ['wordEnds', Uint8Array],
];

/** Word hashes are filtered on their low 16 bits: a pair bit set is 8 KB, in L1 cache. */
export const HASH_BITS = 1 << 16;
export const FLAG_WORD_MASK = (HASH_BITS >>> 4) - 1;
export const START_WORD = 1;
export const PAIR_SECOND = 2;
const HASH_MASK = (HASH_BITS >>> 5) - 1;
/** Nodes with at least this many children get a dense row. */
const DENSE_MIN_EDGES = 4;

/** Whether `h` is in a bit set built over pair hashes (startPairs). */
export function hasHash(bits: Uint32Array, h: number): boolean {
  return ((bits[(h >>> 5) & HASH_MASK]! >>> (h & 31)) & 1) === 1;
}

export function mix(hash: number): number {
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 16;
}

export function buildTables(index: MatcherIndex): MatcherTables {
  const edgeStart = Int32Array.from(index.edgeStart);
  const edgeCode = Uint16Array.from(index.edgeCode);
  const edgeChild = Int32Array.from(index.edgeChild);
  const acceptStart = Int32Array.from(index.acceptStart);

  const wordFlags = new Uint32Array(HASH_BITS >>> 4);
  const flag = (h: number, bit: number): void => {
    wordFlags[(h >>> 4) & FLAG_WORD_MASK]! |= bit << ((h & 15) << 1);
  };
  for (const h of index.startWords) flag(h, START_WORD);
  for (const h of index.pairSecondWords) flag(h, PAIR_SECOND);
  const startPairs = new Uint32Array(HASH_BITS >>> 5);
  for (const h of index.startPairs) startPairs[(h >>> 5) & HASH_MASK]! |= 1 << (h & 31);

  const nodes = edgeStart.length - 1;
  const chainLength = new Int32Array(nodes + 1);
  const chainCode = new Uint16Array(nodes + 1);
  for (let k = nodes - 1; k >= 0; k--) {
    const e = edgeStart[k]!;
    const link = edgeStart[k + 1]! - e === 1 && edgeChild[e] === k + 1 && acceptStart[k]! === acceptStart[k + 1]!;
    if (link) {
      chainCode[k] = edgeCode[e]!;
      chainLength[k] = 1 + chainLength[k + 1]!;
    }
  }
  // Wide nodes sit near the root and are visited at almost every word start; a direct
  // row beats scanning a dozen sorted edges. Narrow nodes (nearly all) keep the edge list.
  const denseRow = new Int32Array(nodes).fill(-1);
  const wide: number[] = [];
  for (let k = 1; k < nodes; k++) if (edgeStart[k + 1]! - edgeStart[k]! >= DENSE_MIN_EDGES) wide.push(k);
  const dense = new Int32Array(wide.length * 128).fill(-1);
  wide.forEach((k, row) => {
    denseRow[k] = row;
    for (let e = edgeStart[k]!; e < edgeStart[k + 1]!; e++) {
      const code = edgeCode[e]!;
      if (code < 128) dense[row * 128 + code] = edgeChild[e]!;
    }
  });

  return {
    edgeStart,
    edgeCode,
    edgeChild,
    acceptStart,
    acceptTerm: Int32Array.from(index.acceptTerm),
    acceptExact: Int32Array.from(index.acceptExact),
    wordFlags,
    startPairs,
    chainLength,
    chainCode,
    denseRow,
    dense,
    ...firstWords(edgeStart, edgeCode, edgeChild, acceptStart),
  };
}

/**
 * Every word a form can start with, found by walking the trie from the root along word
 * characters: a node ends a first word when a term is accepted there or the form goes on
 * past a separator or punctuation.
 */
function firstWords(
  edgeStart: Int32Array,
  edgeCode: Uint16Array,
  edgeChild: Int32Array,
  acceptStart: Int32Array,
): Pick<MatcherTables, 'slotKey' | 'slotWord' | 'wordNode' | 'wordEnds' | 'wordCodeStart' | 'wordCodes'> {
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
    slotKey,
    slotWord,
    wordNode: Int32Array.from(nodes),
    wordEnds: Uint8Array.from(ends),
    wordCodeStart: Int32Array.from(starts),
    wordCodes: Uint16Array.from(codes),
  };
}

/**
 * All tables in one little-endian buffer: a directory of element counts, then each table
 * in LAYOUT order. Four-byte tables come first, so every table starts aligned for its view.
 */
export function encodeTables(tables: MatcherTables): Uint8Array {
  const header = LAYOUT.length * 4;
  const size = LAYOUT.reduce((n, [key]) => n + tables[key].byteLength, header);
  const out = new Uint8Array(size);
  const directory = new DataView(out.buffer);
  let offset = header;
  LAYOUT.forEach(([key], i) => {
    const table = tables[key];
    directory.setUint32(i * 4, table.length, true);
    out.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength), offset);
    offset += table.byteLength;
  });
  return out;
}

/** Views on `bytes` (from encodeTables); nothing is copied. */
export function decodeTables(bytes: Uint8Array): MatcherTables {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('matcher tables are little-endian; this machine is not');
  const buffer = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const directory = new DataView(buffer.buffer, buffer.byteOffset, LAYOUT.length * 4);
  let offset = buffer.byteOffset + LAYOUT.length * 4;
  const tables: Partial<Record<keyof MatcherTables, Int32Array | Uint32Array | Uint16Array | Uint8Array>> = {};
  LAYOUT.forEach(([key, Kind], i) => {
    const length = directory.getUint32(i * 4, true);
    tables[key] = new Kind(buffer.buffer as ArrayBuffer, offset, length);
    offset += length * Kind.BYTES_PER_ELEMENT;
  });
  if (offset !== buffer.byteOffset + buffer.byteLength) throw new Error('matcher tables: the buffer does not match its directory');
  return tables as unknown as MatcherTables;
}

/** Base64 to bytes, natively where the browser can (Chromium 140+, Firefox 133+). */
export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
