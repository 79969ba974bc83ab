import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../tests/support/fuzz-runs';
import { addLookup } from './record';
import type { Lookup } from './schema';
import { addToSegments, joinSegments, type Segments } from './segments';

const lookup = (term: string, at: number, url = 'https://a.example/'): Lookup => ({ term, at, sentence: `On ${term}.`, url, title: '', via: 'hover' });

describe('the history in two segments', () => {
  it('writes only the tail while it has room, and folds it into the archive when full', () => {
    let segments: Segments = { archive: [lookup('a', 1)], tail: [] };
    const writes: boolean[] = [];
    for (let i = 0; i < 7; i++) {
      const after = addToSegments(segments, lookup(`t${i}`, 10 + i), { tailMax: 3, max: 100 });
      writes.push(after.archiveChanged);
      segments = after.segments;
    }
    expect(writes).toEqual([false, false, false, true, false, false, false]);
    expect(segments.archive.map((e) => e.term)).toEqual(['a', 't0', 't1', 't2', 't3']);
    expect(segments.tail.map((e) => e.term)).toEqual(['t4', 't5', 't6']);
  });

  it('cuts the archive to the bound when it folds, and readers never see more than the bound', () => {
    const archive = Array.from({ length: 5 }, (_, i) => lookup(`a${i}`, i + 1));
    const tail = [lookup('t0', 10), lookup('t1', 11)];
    expect(joinSegments({ archive, tail }, 4).map((e) => e.term)).toEqual(['a3', 'a4', 't0', 't1']);
    const { segments, archiveChanged } = addToSegments({ archive, tail }, lookup('t2', 12), { tailMax: 2, max: 4 });
    expect(archiveChanged).toBe(true);
    expect(segments).toEqual({ archive: [lookup('a4', 5), lookup('t0', 10), lookup('t1', 11), lookup('t2', 12)], tail: [] });
  });

  it('rewrites the archive when a repeat moves a look-up out of it', () => {
    const archive = [lookup('gas', 1000)];
    const { segments, archiveChanged } = addToSegments({ archive, tail: [] }, lookup('gas', 2000));
    expect(archiveChanged).toBe(true);
    expect(joinSegments(segments).map((e) => e.at)).toEqual([2000]);
  });

  it('reads as the one history addLookup makes, whatever the tail size and the look-ups', () => {
    const step = fc.record({ term: fc.constantFrom('gas', 'mev', 'l2'), gap: fc.integer({ min: 0, max: 3_000_000 }), url: fc.constantFrom('https://a.example/', 'https://b.example/') });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 5, max: 30 }), (steps, tailMax, max) => {
        let one: Lookup[] = [];
        let two: Segments = { archive: [], tail: [] };
        let at = 1;
        for (const { term, gap, url } of steps) {
          at += gap;
          const next = lookup(term, at, url);
          one = addLookup(one, next, { max });
          two = addToSegments(two, next, { tailMax, max }).segments;
          expect(two.tail.length).toBeLessThanOrEqual(tailMax);
          expect(joinSegments(two, max)).toEqual(one);
        }
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });
});
