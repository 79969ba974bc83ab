import { describe, expect, it } from 'vitest';
import { confirmAmbiguous, type AmbiguityInfo } from './ambiguity';
import type { TermMatch } from './types';

// Term 0 is "gas" (ambiguous, confirmed by "gwei"); term 1 is "rollup" (unambiguous).
// Term 2 is "base fee" (unambiguous, a chain word like gas); term 1, "rollup", is treated
// here as a market word so that it does not confirm gas.
const info: AmbiguityInfo = {
  isAmbiguous: (t) => t === 0,
  familiesOf: (t) => (t === 1 ? 2 : 1),
  contextOf: (t) => (t === 0 ? ['gwei'] : []),
};
const gas: TermMatch = { start: 0, end: 3, term: 0 };
const rollup: TermMatch = { start: 10, end: 16, term: 1 };

describe('confirmAmbiguous', () => {
  it('drops an ambiguous word with nothing crypto around it', () => {
    expect(confirmAmbiguous('gas prices at the pump rose', [gas], info)).toEqual([]);
  });

  it('keeps it when a context word stands in the same block', () => {
    expect(confirmAmbiguous('gas at 12 gwei', [gas], info)).toEqual([gas]);
  });

  it('needs the context word as a whole word', () => {
    expect(confirmAmbiguous('gas and gweiland', [gas], info)).toEqual([]);
  });

  it('does not take a term of the other family nearby as confirmation', () => {
    expect(confirmAmbiguous('gas on a rollup', [gas, rollup], info)).toEqual([rollup]);
  });

  it('takes an unambiguous term of the same family as confirmation', () => {
    const baseFee: TermMatch = { start: 8, end: 16, term: 2 };
    expect(confirmAmbiguous('gas and base fee', [gas, baseFee], info)).toEqual([gas, baseFee]);
  });
});

describe('context words', () => {
  it('count in their plural too', () => {
    expect(confirmAmbiguous('gas, priced in gweis', [gas], info)).toEqual([gas]);
  });
});
