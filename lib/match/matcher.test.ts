import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherTerm } from './compile';
import { formKey, stepHash } from './fold';
import { Matcher } from './matcher';
import { matchAt } from './offsets';

const TERMS: MatcherTerm[] = [
  { id: 'rollup', term: 'Rollup', forms: ['rollup'] },
  { id: 'optimistic-rollup', term: 'Optimistic rollup', forms: ['optimistic rollup', 'ORU'] },
  { id: 'layer-2', term: 'Layer 2', forms: ['layer 2', 'L2', 'layer two'] },
  { id: 'eth', term: 'Ether', forms: ['ether', 'ETH'] },
  { id: 'mev', term: 'MEV', forms: ['MEV'] },
  { id: 'liquidity', term: 'Liquidity', forms: ['liquidity'] },
  { id: 'dex', term: 'DEX', forms: ['DEX'] },
  { id: 'delta', term: 'Delta', forms: ['delta', 'Δ'] },
  { id: 'erc-20', term: 'ERC-20', forms: ['ERC-20'] },
  { id: 'op', term: 'OP', forms: ['OP'], caseExact: true },
  { id: 'impermanent-loss', term: 'Impermanent loss', forms: ['impermanent loss', 'IL'] },
  { id: 'bridge', term: 'Bridge', forms: ['bridge'], ambiguous: true, context: ['rollup'] },
  { id: 'epoch', term: 'Epoch', forms: ['epoch'] },
  { id: 'batch', term: 'Batch', forms: ['batch'] },
];

// The shipped scanner for every text, however short; the JavaScript one is held to the same
// answers by the property tests (matcher.property.test.ts).
const matcher = new Matcher(compileMatcher(TERMS), { wasmMinChars: 0 });

/** The matched words and their term ids, which is what a reader sees marked. */
function found(text: string): [string, string][] {
  return matcher.scan(text).map((m) => [text.slice(m.start, m.end), matcher.ids[m.term]!]);
}

describe('word boundaries', () => {
  it('never matches inside a word', () => {
    expect(found('rollups rollupx xrollup enrollupment')).toEqual([['rollups', 'rollup']]);
  });

  it('reads L2 in "L2s" and "L2-based" but not inside "PL2X" or "L2X"', () => {
    expect(found('L2s and L2-based chains, not PL2X or L2X')).toEqual([
      ['L2s', 'layer-2'],
      ['L2', 'layer-2'],
    ]);
  });

  it('treats digits as part of a word', () => {
    expect(found('ERC-20 ERC-201 2ERC-20')).toEqual([['ERC-20', 'erc-20']]);
  });

  it('matches at the very start and end of the text', () => {
    expect(found('rollup')).toEqual([['rollup', 'rollup']]);
  });
});

describe('case policy', () => {
  it('matches acronyms only in capitals and ordinary words in any case', () => {
    expect(found('ETH eth Eth Ether ETHER mev MEV')).toEqual([
      ['ETH', 'eth'],
      ['Ether', 'eth'],
      ['ETHER', 'eth'],
      ['MEV', 'mev'],
    ]);
  });

  it('does not find ETH inside Ethereum', () => {
    expect(found('Ethereum and ETHEREUM')).toEqual([]);
  });

  it('honours case: exact on a two-letter form', () => {
    expect(found('an op code; the OP token')).toEqual([['OP', 'op']]);
  });

  it('keeps mixed-case words case-insensitive', () => {
    expect(found('Optimistic Rollup, OPTIMISTIC ROLLUP')).toEqual([
      ['Optimistic Rollup', 'optimistic-rollup'],
      ['OPTIMISTIC ROLLUP', 'optimistic-rollup'],
    ]);
  });
});

describe('longest match and overlaps', () => {
  it('prefers "optimistic rollup" over "rollup"', () => {
    expect(found('an optimistic rollup')).toEqual([['optimistic rollup', 'optimistic-rollup']]);
  });

  it('falls back to the shorter term when the longer one does not complete', () => {
    expect(found('optimistic rollout of a rollup')).toEqual([['rollup', 'rollup']]);
  });

  it('resolves left to right without gaps', () => {
    expect(found('layer 2 rollup rollup')).toEqual([
      ['layer 2', 'layer-2'],
      ['rollup', 'rollup'],
      ['rollup', 'rollup'],
    ]);
  });
});

describe('inflections', () => {
  it('finds -s, -es, -ies and possessive forms', () => {
    expect(found("rollups, DEXes, DEXs, liquidities, the rollup's bridge, rollups' fees")).toEqual([
      ['rollups', 'rollup'],
      ['DEXes', 'dex'],
      ['DEXs', 'dex'],
      ['liquidities', 'liquidity'],
      ['rollup', 'rollup'],
      ['bridge', 'bridge'],
      ['rollups', 'rollup'],
    ]);
  });

  it('reads a plural in -chs as well as -ches: "epochs", "batches"', () => {
    expect(found('two epochs of batches')).toEqual([
      ['epochs', 'epoch'],
      ['batches', 'batch'],
    ]);
  });

  it('inflects the last word of a multi-word term', () => {
    expect(found('optimistic rollups')).toEqual([['optimistic rollups', 'optimistic-rollup']]);
  });
});

describe('separators and normalisation', () => {
  it('joins words across hyphens, en dashes, non-breaking spaces and line breaks', () => {
    for (const sep of ['-', '\u2013', '\u00a0', '\n', ' \n  ', '\u2011']) {
      expect(found(`layer${sep}2`), JSON.stringify(sep)).toEqual([[`layer${sep}2`, 'layer-2']]);
    }
  });

  it('folds full-width letters and curly apostrophes', () => {
    expect(found('ＥＴＨ and the rollup’s state')).toEqual([
      ['ＥＴＨ', 'eth'],
      ['rollup', 'rollup'],
    ]);
  });

  it('reads Greek letters the glossary lists', () => {
    expect(found('a position with Δ of 0.5')).toEqual([['Δ', 'delta']]);
  });

  it('gives UTF-16 offsets into the original string, past astral characters', () => {
    const text = '🚀🚀 an optimistic\u00a0rollup';
    const [m] = matcher.scan(text);
    expect(text.slice(m!.start, m!.end)).toBe('optimistic\u00a0rollup');
    expect(m!.start).toBe(8);
  });
});

describe('matchAt', () => {
  it('finds the match covering an offset, and nothing between matches', () => {
    const text = 'a rollup and layer 2';
    const matches = matcher.scan(text);
    expect(matcher.ids[matchAt(matches, 4)!.term]).toBe('rollup');
    expect(matchAt(matches, 9)).toBeUndefined();
    expect(matcher.ids[matchAt(matches, text.length - 1)!.term]).toBe('layer-2');
  });
});

describe('formKey', () => {
  it('folds very long input without overflowing the stack', () => {
    expect(formKey('Ab-'.repeat(100_000))).toHaveLength(299_999);
  });
});

describe('word hashes', () => {
  /** The hash the scanner computes for a lower-case word. */
  function wordHash(word: string): number {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = stepHash(h, word.charCodeAt(i));
    return h;
  }

  /** A word other than `word` with the same scanner hash, found by brute force over à-ÿ. */
  function collidingWord(word: string): string {
    const target = wordHash(word);
    const letters = 'abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ';
    for (const a of letters) for (const b of letters) for (const c of letters) {
      const candidate = a + b + c;
      if (candidate === word) continue;
      if (wordHash(candidate) === target) return candidate;
    }
    throw new Error(`no colliding word for ${word}`);
  }

  it('never takes a word for a term because their hashes collide', () => {
    const twin = collidingWord('mev');
    expect(twin).not.toBe('mev');
    const m = new Matcher(compileMatcher([{ id: 'mev', term: 'mev', forms: ['mev', 'mev boost'] }]));
    expect(m.scan(`${twin} ${twin} boost mev`).map((x) => x.start)).toEqual([twin.length * 2 + 8]);
  });
});

describe('word count', () => {
  it('counts runs of letters and digits in any script, inside matches too', () => {
    const words = { count: 0 };
    matcher.scan('Layer-2 rollups, 7 days — état', words);
    expect(words.count).toBe(6);
    matcher.scan('one more optimistic rollup', words);
    expect(words.count).toBe(10);
  });
});
