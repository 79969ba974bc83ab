import { describe, expect, it } from 'vitest';
import { confirmAmbiguous, type AmbiguityInfo } from './ambiguity';
import type { TermMatch } from './matcher';

// Term 0 is "gas" (ambiguous, confirmed by "gwei"); term 1 is "rollup" (unambiguous).
const info: AmbiguityInfo = {
  isAmbiguous: (t) => t === 0,
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

  it('does not take another glossary term nearby as confirmation', () => {
    expect(confirmAmbiguous('gas on a rollup', [gas, rollup], info)).toEqual([rollup]);
  });
});

describe('context words', () => {
  it('count in their plural too', () => {
    expect(confirmAmbiguous('gas, priced in gweis', [gas], info)).toEqual([gas]);
  });
});
