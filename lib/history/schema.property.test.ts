import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../tests/support/fuzz-runs';
import { SENTENCE_MAX, TITLE_MAX, URL_MAX, lookupSchema, readLookup } from './schema';

/** Mostly a valid value, sometimes one at or past an edge, sometimes junk: so that whole entries often differ in one field. */
const mostly = <T,>(valid: fc.Arbitrary<T>, edges: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: edges, weight: 2 }, { arbitrary: fc.anything(), weight: 1 });

const field = {
  term: mostly(fc.constantFrom('gas', 'optimistic-rollup', 'l2'), fc.oneof(fc.constantFrom('Gas', 'a--b', '-a', 'a-', '', 'a b'), fc.string())),
  at: mostly(fc.integer({ min: 1 }), fc.constantFrom(0, -1, 1.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, '5')),
  sentence: mostly(fc.string({ maxLength: 40 }), fc.constantFrom('x'.repeat(SENTENCE_MAX), 'x'.repeat(SENTENCE_MAX + 1))),
  span: mostly(
    fc.tuple(fc.nat(400), fc.nat(400)),
    fc.oneof(fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -2, max: 2 })), fc.constantFrom([1], [1, 2, 3], [0.5, 2], ['1', 2], [1, NaN], null, undefined)),
  ),
  url: mostly(fc.webUrl(), fc.oneof(fc.constantFrom('u'.repeat(URL_MAX), 'u'.repeat(URL_MAX + 1)), fc.string())),
  title: mostly(fc.string({ maxLength: 20 }), fc.constantFrom('t'.repeat(TITLE_MAX), 't'.repeat(TITLE_MAX + 1))),
  via: mostly(fc.constantFrom('hover', 'keyboard', 'menu'), fc.constantFrom('Hover', '', 'walk')),
};
const stored = fc.oneof(
  { arbitrary: fc.record(field, { requiredKeys: ['term', 'at', 'sentence', 'url', 'title', 'via'] }), weight: 6 },
  { arbitrary: fc.record({ ...field, extra: fc.anything() }, { requiredKeys: [] }), weight: 2 },
  { arbitrary: fc.anything(), weight: 1 },
);

describe('readLookup, the hand-written reader of stored look-ups', () => {
  it('accepts exactly what lookupSchema() accepts, and returns what it returns', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        const parsed = lookupSchema().safeParse(raw);
        const read = readLookup(raw);
        expect(read !== undefined).toBe(parsed.success);
        if (parsed.success) expect(read).toEqual(parsed.data);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
