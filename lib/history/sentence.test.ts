import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../tests/support/fuzz-runs';
import { sentenceAround } from './sentence';

/** The sentence around the first occurrence of `term` in `text`. */
function around(text: string, term: string, max?: number) {
  const at = text.indexOf(term);
  if (at < 0) throw new Error(`${term} not in text`);
  return sentenceAround(text, at, at + term.length, max);
}
const spanned = ({ text, span }: { text: string; span?: [number, number] }) => (span ? text.slice(...span) : undefined);

describe('sentenceAround', () => {
  it('takes the sentence the term is in, not its neighbours', () => {
    const text = 'Fees are low. An optimistic rollup posts its state root to layer 1! Fraud proofs keep it honest.';
    const s = around(text, 'optimistic rollup');
    expect(s.text).toBe('An optimistic rollup posts its state root to layer 1!');
    expect(spanned(s)).toBe('optimistic rollup');
  });

  it('runs to the ends of the text when there is no full stop', () => {
    const s = around('funding rate flips negative', 'funding rate');
    expect(s).toEqual({ text: 'funding rate flips negative', span: [0, 12] });
  });

  it('collapses white space and line breaks, keeping the span on the term', () => {
    const s = around('  The\n\n  mark   price\tdrives   liquidations. Next.', 'mark   price');
    expect(s.text).toBe('The mark price drives liquidations.');
    expect(spanned(s)).toBe('mark price');
  });

  it('does not end a sentence at abbreviations, initials or decimals', () => {
    const text = 'Prices moved 1.5 percent, e.g. gas on the U.S. venues rose vs. the rest, said J. Doe. Then nothing.';
    expect(around(text, 'gas').text).toBe('Prices moved 1.5 percent, e.g. gas on the U.S. venues rose vs. the rest, said J. Doe.');
  });

  it('keeps a closing quote or bracket with its sentence and starts after it', () => {
    const text = 'He said "it is done." Then the (slashing happened.) Later the validator left.';
    expect(around(text, 'slashing').text).toBe('Then the (slashing happened.)');
    expect(around(text, 'validator').text).toBe('Later the validator left.');
  });

  it('ends sentences at Chinese and Japanese full stops without a space', () => {
    expect(around('前の文。流動性プールの話です。次の文。', '流動性プール').text).toBe('流動性プールの話です。');
  });

  it('cuts a long sentence around the term at word boundaries, marking each cut', () => {
    const before = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const after = Array.from({ length: 60 }, (_, i) => `tail${i}`).join(' ');
    const s = around(`${before} impermanent loss ${after}.`, 'impermanent loss');
    expect(s.text.length).toBeLessThanOrEqual(300);
    // Whole words at both cuts: each side starts or ends on a complete wordN / tailN.
    expect(s.text).toMatch(/^…word\d+ /);
    expect(s.text).toMatch(/ tail\d+…$/);
    expect(spanned(s)).toBe('impermanent loss');
    // Balanced: about as much context on either side.
    const [start, end] = s.span!;
    expect(Math.abs(start - (s.text.length - end))).toBeLessThan(30);
  });

  it('gives the other side what one side lacks', () => {
    const after = Array.from({ length: 100 }, (_, i) => `tail${i}`).join(' ');
    const s = around(`MEV is extracted ${after}.`, 'MEV');
    expect(s.text.startsWith('MEV is extracted tail0')).toBe(true);
    expect(s.text.length).toBeGreaterThan(280);
    expect(s.span).toEqual([0, 3]);
  });

  it('keeps the sentence within any bound, with the term inside it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 900 }), fc.string({ maxLength: 900 }), fc.constantFrom('gas', 'funding rate', 'Layer 2'), fc.integer({ min: 20, max: 400 }), (a, b, term, max) => {
        const s = sentenceAround(`${a}${term}${b}`, a.length, a.length + term.length, max);
        expect(s.text.length).toBeLessThanOrEqual(max);
        expect(s.span).toBeDefined();
        expect(s.text.slice(...s.span!)).toBe(term);
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });
});
