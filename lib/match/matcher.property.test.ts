import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseSignature, compileMatcher, foldForm, type MatcherTerm } from './compile';
import { SEP, foldKeepCase, foldLower, isSepUnit, isWordUnit } from './fold';
import { inflections, isAcronymForm } from './forms';
import { Matcher } from './matcher';
import type { TermMatch } from './types';
import { fuzzRuns } from '../../tests/support/fuzz-runs';

// Spellings chosen to collide: shared prefixes, multi-word terms whose first word is a
// term or a common word, acronyms beside ordinary words, digits, Greek, an apostrophe.
const TERMS: MatcherTerm[] = [
  { id: 'rollup', term: 'Rollup', forms: ['rollup'] },
  { id: 'optimistic-rollup', term: 'Optimistic rollup', forms: ['optimistic rollup', 'ORU'] },
  { id: 'rollup-sequencer', term: 'Rollup sequencer', forms: ['rollup sequencer'] },
  { id: 'sequencer', term: 'Sequencer', forms: ['sequencer'] },
  { id: 'layer-2', term: 'Layer 2', forms: ['layer 2', 'L2', 'layer two'] },
  { id: 'layer-2-network', term: 'Layer 2 network', forms: ['layer 2 network'] },
  { id: 'in-the-money', term: 'In the money', forms: ['in the money', 'ITM'] },
  { id: 'money-market', term: 'Money market', forms: ['money market'] },
  { id: 'eth', term: 'Ether', forms: ['ether', 'ETH'] },
  { id: 'mev', term: 'MEV', forms: ['MEV'] },
  { id: 'op', term: 'OP', forms: ['OP'], caseExact: true },
  { id: 'liquidity', term: 'Liquidity', forms: ['liquidity'] },
  { id: 'delta', term: 'Delta', forms: ['delta', 'Δ'] },
  { id: 'erc-20', term: 'ERC-20', forms: ['ERC-20', 'ERC20'] },
  { id: 'fifty-one', term: '51% attack', forms: ['51% attack'] },
  { id: 'citizens-house', term: "Citizens' House", forms: ["Citizens' House"] },
  // First words of 15 and 16 letters: either side of the WebAssembly scanner's 16-byte fast path.
  { id: 'rehypothecation', term: 'Rehypothecation', forms: ['rehypothecation'] },
  { id: 'interoperability-layer', term: 'Interoperability layer', forms: ['interoperability layer', 'interoperability2'] },
];

const WORDS = ['in', 'the', 'money', 'market', 'roll', 'rollout', 'sequence', 'layer', 'two', 'network', 'eth', 'Ethereum', 'op', 'liquid', 'delta', 'deltas', 'attack', '51', 'x', 'ΔS', 'ＥＴＨ', 'Citizens', 'interoperability', 'Rehypothecations', 'overcollateralised', 'abcdefghijklmno'];
const SEPARATORS = [' ', ' ', '  ', '-', '\u2013', '\u00a0', '\n', ' \n '];
const PUNCT = ['.', ',', "'s", '’s', '(', ')', '/', '%', ':', '!', 'é'];

/** Obviously correct and slow: every form, every inflection, at every word start. */
function referenceScan(text: string): TermMatch[] {
  const forms = TERMS.flatMap((t, term) =>
    t.forms.flatMap((form) => {
      const exact = t.caseExact === true || isAcronymForm(form);
      return [form, ...inflections(form)].map((f) => ({ key: foldForm(f), sig: exact ? caseSignature(f) : undefined, term }));
    }),
  );
  const out: TermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const atWordStart = isWordUnit(text.charCodeAt(i)) && (i === 0 || !isWordUnit(text.charCodeAt(i - 1)));
    if (!atWordStart) {
      i++;
      continue;
    }
    let best: TermMatch | undefined;
    for (const f of forms) {
      const end = matchFormAt(text, i, f.key);
      if (end < 0 || (end < text.length && isWordUnit(text.charCodeAt(end)))) continue;
      if (f.sig !== undefined && signatureOf(text.slice(i, end)) !== f.sig) continue;
      if (!best || end > best.end) best = { start: i, end, term: f.term };
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}

function matchFormAt(text: string, start: number, key: number[]): number {
  let j = start;
  for (const code of key) {
    if (j >= text.length) return -1;
    if (code === SEP) {
      if (!isSepUnit(text.charCodeAt(j))) return -1;
      while (j < text.length && isSepUnit(text.charCodeAt(j))) j++;
    } else {
      if (foldLower(text.charCodeAt(j)) !== code) return -1;
      j++;
    }
  }
  return j;
}

function signatureOf(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const f = foldKeepCase(s.charCodeAt(k));
    if (f !== SEP) out += String.fromCharCode(f);
  }
  return out;
}

const index = compileMatcher(TERMS);

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TERMS.flatMap((t) => t.forms)) },
  { weight: 2, arbitrary: fc.constantFrom(...TERMS.flatMap((t) => t.forms)).map((f) => f.toUpperCase()) },
  { weight: 2, arbitrary: fc.constantFrom(...TERMS.flatMap((t) => t.forms)).map((f) => f.slice(0, Math.max(1, f.length - 2))) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const glue = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SEPARATORS) }, { weight: 2, arbitrary: fc.constantFrom(...PUNCT) }, { weight: 1, arbitrary: fc.constant('') });
const texts = fc.array(fc.tuple(piece, glue), { maxLength: 14 }).map((parts) => parts.map(([p, g]) => p + g).join(''));

// Both scanners: WebAssembly (the default) and the JavaScript one it is a port of.
describe.each(['wasm', 'js'] as const)('matcher (%s scanner) against a reference implementation', (engine) => {
  // Every text to the scanner asked for, however short.
  const matcher = new Matcher(index, { engine, wasmMinChars: 0 });

  it('runs on the scanner asked for', () => {
    expect(matcher.usesWasm).toBe(engine === 'wasm');
  });

  it('finds exactly what the slow reference finds, and counts every word once', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const words = { count: 0 };
        expect(matcher.scan(text, words)).toEqual(referenceScan(text));
        // Every run of word characters, counted once whether or not a match covers it.
        let runs = 0;
        for (let k = 0; k < text.length; k++) {
          if (isWordUnit(text.charCodeAt(k)) && (k === 0 || !isWordUnit(text.charCodeAt(k - 1)))) runs++;
        }
        expect(words.count).toBe(runs);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });

  it('never matches inside a word, and every range slices a spelling of its term', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const m of matcher.scan(text)) {
          expect(m.start === 0 || !isWordUnit(text.charCodeAt(m.start - 1))).toBe(true);
          expect(m.end === text.length || !isWordUnit(text.charCodeAt(m.end))).toBe(true);
          const slice = text.slice(m.start, m.end);
          const keys = TERMS[m.term]!.forms.flatMap((f) => [f, ...inflections(f)]).map((f) => foldForm(f).join(','));
          expect(keys).toContain(foldForm(slice).join(','));
        }
      }),
      { numRuns: fuzzRuns(2000) },
    );
  });
});

describe('the WebAssembly scanner', () => {
  const wasm = new Matcher(index, { wasmMinChars: 0 });
  const js = new Matcher(index, { engine: 'js' });
  // Characters the UTF-8 path must turn back into UTF-16 offsets: two- and three-byte
  // letters, separators and quotes, a character outside the BMP, lone surrogates.
  const wide = fc.constantFrom('é', 'Δ', 'ü', '’', '\u00a0', '\u2013', '\u3000', '😀', '𝐀', '\ud800', '\udc00', 'ﬁ', '\u0301');
  const anyPiece = fc.oneof(piece, wide, fc.string({ unit: 'binary', maxLength: 3 }));
  const anyText = fc.array(fc.tuple(anyPiece, glue), { maxLength: 14 }).map((parts) => parts.map(([p, g]) => p + g).join(''));

  it('finds what the JavaScript scanner finds in any text, wherever it leaves ASCII', () => {
    expect(wasm.usesWasm).toBe(true);
    fc.assert(
      fc.property(anyText, (text) => {
        const a = { count: 0 };
        const b = { count: 0 };
        expect(wasm.scan(text, a)).toEqual(js.scan(text, b));
        expect(a.count).toBe(b.count);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
