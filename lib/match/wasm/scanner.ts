import { bmpFoldTables } from '../fold';
import type { TermMatch, WordCount } from '../types';
import { fromBase64, type MatcherTables } from '../tables';
import { SCANNER_WASM_BASE64 } from './scanner-binary';

interface ScannerExports {
  memory: WebAssembly.Memory;
  init(): void;
  scan(len: number): number;
  words(): number;
}

const HEADER_SLOTS = 27;
/** UTF-16 units of text the scanner's memory holds at first. */
const MIN_CAPACITY = 1 << 16;
const PAGE = 65536;

let compiled: WebAssembly.Module | null | undefined;

/**
 * The scanner's module, compiled once per realm; null where WebAssembly is missing or not
 * allowed (a page or extension policy without 'wasm-unsafe-eval'): the JS scanner runs then.
 */
export function scannerModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(fromBase64(SCANNER_WASM_BASE64) as Uint8Array<ArrayBuffer>) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** What the scanner needs of a matcher: its tables and its exact-case signatures. */
export interface ScannerSource {
  tables: MatcherTables;
  exactForms: readonly string[];
}

/**
 * The matcher's scanner compiled to WebAssembly (scanner.as.ts, a line-for-line port of
 * the JsScanner of lib/match/js-scanner.ts): it reads the text as UTF-8 from TextEncoder.encodeInto,
 * whose fast path copies ASCII almost for free, and reports UTF-16 offsets, so its matches
 * are the JS scanner's exactly. Each scanner owns one instance and its memory.
 */
export class WasmScanner {
  private readonly exports: ScannerExports;
  private readonly encoder = new TextEncoder();
  private readonly header: number[] = [];
  /** Where the text goes; the matches follow it. */
  private textAt = 0;
  private capacity = 0;
  private textView = new Uint8Array(0);
  private outView = new Int32Array(0);

  constructor(module: WebAssembly.Module, { tables, exactForms }: ScannerSource) {
    this.exports = new WebAssembly.Instance(module, {}).exports as unknown as ScannerExports;
    const fold = bmpFoldTables();
    const exactStart = new Int32Array(exactForms.length + 1);
    const codes: number[] = [];
    exactForms.forEach((form, i) => {
      exactStart[i] = codes.length;
      for (let k = 0; k < form.length; k++) codes.push(form.charCodeAt(k));
    });
    exactStart[exactForms.length] = codes.length;
    const parts: (ArrayBufferView | number)[] = [
      fold.kinds, fold.lower, fold.upperKeep, fold.scan,
      tables.edgeStart, tables.edgeCode, tables.edgeChild, tables.acceptStart, tables.acceptTerm, tables.acceptExact,
      tables.wordFlags, tables.startPairs, tables.chainLength, tables.chainCode, tables.denseRow, tables.dense,
      tables.slotKey, tables.slotWord, tables.slotKey.length - 1, tables.wordNode, tables.wordEnds,
      tables.wordCodeStart, tables.wordCodes, exactStart, Uint16Array.from(codes),
    ];
    // Below 2048: the header, and the scanner's own table of powers at 1024.
    let at = 2048;
    const placed: [number, ArrayBufferView][] = [];
    for (const part of parts) {
      if (typeof part === 'number') {
        this.header.push(part);
        continue;
      }
      this.header.push(at);
      placed.push([at, part]);
      at = (at + part.byteLength + 7) & ~7;
    }
    this.textAt = at;
    this.grow(at);
    const bytes = new Uint8Array(this.exports.memory.buffer);
    for (const [offset, view] of placed) bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), offset);
  }

  /** Makes room for `chars` UTF-16 units of text and the matches they may hold. */
  private ensure(chars: number): void {
    if (chars <= this.capacity) return;
    // Grown in steps, not to the letter: a page sends thousands of blocks of every size.
    const capacity = Math.max(chars, this.capacity * 2, MIN_CAPACITY);
    // Room for the NUL the scanner writes after the text and the 16 bytes it may read past it.
    const textBytes = (capacity * 3 + 24) & ~7;
    const outAt = this.textAt + textBytes;
    // At most one match per two characters: three i32 each.
    const outBytes = (capacity >> 1) * 12 + 12;
    this.grow(outAt + outBytes);
    const memory = this.exports.memory.buffer;
    new Uint32Array(memory, 0, HEADER_SLOTS).set([...this.header, this.textAt, outAt]);
    this.exports.init();
    // Views made once per size, not per text: on a page of small blocks they were most of the cost.
    this.textView = new Uint8Array(memory, this.textAt, textBytes);
    this.outView = new Int32Array(memory, outAt, outBytes >> 2);
    this.capacity = capacity;
  }

  private grow(bytes: number): void {
    const memory = this.exports.memory;
    const need = Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE;
    if (need > 0) memory.grow(need);
  }

  /** Every match in `text`, as Matcher.scan finds them; adds the words read to `words`. */
  scan(text: string, words?: WordCount): TermMatch[] {
    this.ensure(text.length);
    const written = this.encoder.encodeInto(text, this.textView).written;
    const count = this.exports.scan(written);
    if (words) words.count += this.exports.words();
    const triples = this.outView;
    const out: TermMatch[] = new Array<TermMatch>(count);
    for (let k = 0; k < count; k++) out[k] = { start: triples[3 * k]!, end: triples[3 * k + 1]!, term: triples[3 * k + 2]! };
    return out;
  }
}
