import type { MatcherIndex } from './compile';
import { unpackIndex, type PackedMatcherIndex } from './pack';
import { JsScanner } from './js-scanner';
import type { TermMatch, WordCount } from './types';
import { WasmScanner, scannerModule } from './wasm/scanner';

export interface MatcherOptions {
  /**
   * The scanner: WebAssembly where the realm allows it (the default), else JavaScript.
   * Both find the same matches; 'js' forces the JavaScript one.
   */
  engine?: 'wasm' | 'js';
  /** Texts shorter than this go to the JavaScript scanner all the same (tests set 0). */
  wasmMinChars?: number;
}

/**
 * Finds glossary terms in text in one left-to-right pass: at each word start it walks the
 * trie as far as the text allows and keeps the longest accepted form that ends on a word
 * boundary. The cost per character does not depend on how many terms the glossary has.
 */
export class Matcher {
  readonly ids: readonly string[];
  readonly terms: readonly string[];
  /** The scanner's tables: lib/match/tables.ts says what each holds. */
  private readonly exactForms: readonly string[];
  private readonly ambiguous: Uint8Array;
  private readonly general: Uint8Array;
  private readonly familyMask: Uint8Array;
  private readonly context: Readonly<Record<number, string[]>>;
  private readonly termAreas: readonly (readonly string[])[];

  /** The WebAssembly scanner, when this realm can run it. */
  private readonly wasm: WasmScanner | undefined;
  /** The JavaScript scanner: short texts, and realms without WebAssembly. */
  private readonly js: JsScanner;
  private readonly wasmMinChars: number;

  constructor(source: MatcherIndex | PackedMatcherIndex, options: MatcherOptions = {}) {
    const { meta, tables } = unpackIndex(source);
    this.ids = meta.ids;
    this.terms = meta.terms;
    this.exactForms = meta.exactForms;
    this.ambiguous = new Uint8Array(meta.ids.length);
    for (const t of meta.ambiguous) this.ambiguous[t] = 1;
    this.general = new Uint8Array(meta.ids.length);
    for (const t of meta.general) this.general[t] = 1;
    this.familyMask = Uint8Array.from(meta.familyMask);
    this.context = meta.context;
    this.termAreas = meta.termAreas.map((list) => list.map((a) => meta.areaIds[a]!));
    this.js = new JsScanner(tables, meta.exactForms);
    const module = options.engine === 'js' ? null : scannerModule();
    this.wasm = module ? new WasmScanner(module, { tables, exactForms: meta.exactForms }) : undefined;
    this.wasmMinChars = options.wasmMinChars ?? WASM_MIN_CHARS;
    // The engine's feedback belongs to the scanner's code, which every matcher shares: the
    // reader's own glossary, built second, has nothing left to warm.
    if (!warmedUp) {
      warmedUp = true;
      this.js.scan(warmUpText(this.terms, this.exactForms));
    }
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

  /**
   * Every match in `text`, in order, never overlapping. With `words`, also adds the number
   * of words in `text` (runs of word characters, inside matches too) to `words.count`, which
   * saves the page scanner a second pass over every block to measure its density of terms.
   */
  scan(text: string, words?: WordCount): TermMatch[] {
    // A short text costs the WebAssembly scanner more to hand over than to scan (measured:
    // 120,000 table cells took 9.8 ms against 7.8 ms in JS; paragraphs, 5.8 against 9.3).
    return this.wasm && text.length >= this.wasmMinChars ? this.wasm.scan(text, words) : this.js.scan(text, words);
  }

  /** Whether texts of `wasmMinChars` or more are scanned by WebAssembly here. */
  get usesWasm(): boolean {
    return this.wasm !== undefined;
  }
}

let warmedUp = false;

/** Texts shorter than this are scanned in JavaScript even where WebAssembly runs. */
const WASM_MIN_CHARS = 32;

/**
 * A short text that leads the scanner down each of its paths once: plurals, capitals,
 * dashes, runs of separators, curly apostrophes, letters outside ASCII, exact-case terms in
 * and out of case, a term at the very end. The engine optimises the scanner's loops within
 * the first blocks of a page; a path it has never seen run makes it throw that code away
 * and start over ("insufficient type feedback"), which showed as repeated deoptimisations
 * and tens of milliseconds of slow scanning on a page's first load.
 */
function warmUpText(terms: readonly string[], exactForms: readonly string[]): string {
  const parts: string[] = ['In the café, Δ and ü:'];
  const step = Math.max(1, Math.floor(terms.length / 48));
  for (let k = 0; k < terms.length; k += step) {
    const t = terms[k]!;
    const variant = k % 5;
    parts.push(variant === 0 ? t : variant === 1 ? `${t}s` : variant === 2 ? t.toUpperCase() : variant === 3 ? `${t.replace(/ /g, ' \u00a0- ')}’s` : t.replace(/ /g, '\u2013'));
  }
  for (const form of exactForms.slice(0, 8)) parts.push(form, form.toLowerCase());
  parts.push(terms[0] ?? '');
  return parts.join(' ');
}
