import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../tests/support/fuzz-runs';
import { compileMatcher, type MatcherTerm } from './compile';
import { Matcher } from './matcher';
import { TermSet, type SetMatch } from './term-set';

// Weak spellings with their idioms and verb uses, beside sure terms of both families.
const TERMS: MatcherTerm[] = [
  { id: 'long', term: 'Long', forms: ['long'], ambiguous: true, context: ['perpetual', 'funding'], families: ['markets'] },
  { id: 'short', term: 'Short', forms: ['short'], ambiguous: true, context: ['perpetual', 'funding'], families: ['markets'] },
  { id: 'option', term: 'Option', forms: ['option'], ambiguous: true, context: ['strike', 'premium'], families: ['markets'] },
  { id: 'block', term: 'Block', forms: ['block'], ambiguous: true, context: ['validator', 'proposer'] },
  { id: 'gas', term: 'Gas', forms: ['gas'], ambiguous: true, context: ['gwei'] },
  { id: 'leverage', term: 'Leverage', forms: ['leverage'], ambiguous: true, context: ['margin'], families: ['markets'] },
  { id: 'epoch', term: 'Epoch', forms: ['epoch'], ambiguous: true, context: ['slot'] },
  { id: 'rollup', term: 'Rollup', forms: ['rollup'] },
  { id: 'funding-rate', term: 'Funding rate', forms: ['funding rate'], families: ['markets'] },
  { id: 'gwei', term: 'Gwei', forms: ['gwei'] },
];
const set = new TermSet([new Matcher(compileMatcher(TERMS), { wasmMinChars: 0 })]);

const WORDS = ['long', 'short', 'option', 'options', 'block', 'blocks', 'gas', 'leverage', 'leverages', 'epoch', 'as', 'the', 'a', 'we', 'to', 'in',
  'term', 'run', 'no', 'but', 'of', 'error', 'building', 'unix', 'time', 'rollup', 'funding', 'rate', 'gwei', 'it', 'natural', 'price', 'and'];
/** A sentence of ordinary and weak words, ending with a full stop. */
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`);
const block = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const CRYPTO = ['The rollup posts its batches to layer 1.', 'The funding rate turned negative.', 'Gas was 12 gwei at noon.', 'Shorts pay the funding rate.'];

const key = (m: SetMatch, shift = 0): string => `${m.start + shift}:${m.end + shift}:${m.term}`;
/** What a block lights on a page that reads as crypto but not strongly: confirmed weak spellings and sure terms. */
const lit = (matches: SetMatch[], shift = 0): Set<string> => new Set(matches.filter((m) => !m.unconfirmed).map((m) => key(m, shift)));
const found = (matches: SetMatch[], shift = 0): Set<string> => new Set(matches.map((m) => key(m, shift)));

describe('word sense, block by block', () => {
  it('adding a crypto sentence to a block never removes a mark the block already had', () => {
    fc.assert(
      fc.property(block, fc.constantFrom(...CRYPTO), fc.boolean(), (text, crypto, before) => {
        const alone = set.scan(text);
        const joined = before ? `${crypto} ${text}` : `${text} ${crypto}`;
        const shift = before ? crypto.length + 1 : 0;
        const after = set.scan(joined);
        const litAfter = lit(after);
        const foundAfter = found(after);
        for (const k of lit(alone, shift)) expect(litAfter.has(k), `${k} lit in "${text}" but not in "${joined}"`).toBe(true);
        // Nor does it turn a grammar cue's verdict: what was found (lit or pending) stays found.
        for (const k of found(alone, shift)) expect(foundAfter.has(k), `${k} found in "${text}" but not in "${joined}"`).toBe(true);
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });
});
