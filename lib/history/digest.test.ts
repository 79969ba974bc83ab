import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../tests/support/fuzz-runs';
import { buildDigest, parseDigest, viewOfDigest } from './digest';
import { recentView } from './group';
import type { Lookup } from './schema';

const HOUR = 3_600_000;
const START = new Date(2026, 9, 20).getTime();

/** A history over three weeks, oldest first, across a clock change (25 October in Europe). */
const history = fc
  .array(
    fc.record({
      term: fc.constantFrom('gas', 'mev', 'gamma', 'funding-rate', 'l2'),
      step: fc.integer({ min: 0, max: 30 * HOUR }),
      site: fc.constantFrom('a.example', 'www.b.example', 'c.example'),
    }),
    { maxLength: 120 },
  )
  .map((rows) => {
    let at = START;
    return rows.map(({ term, step, site }, i): Lookup => {
      at += step;
      return { term, at, sentence: `Sentence ${i} about ${term}.`, url: `https://${site}/p${i % 4}`, title: 'T', via: 'hover' };
    });
  });

describe('the history digest', () => {
  it('gives the popup the same "Recent" view as the whole history, read at the write or days after', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 10 * 24 * HOUR }), fc.integer({ min: 0, max: 9 * 24 * HOUR }), (entries, afterLast, later) => {
        const written = (entries.at(-1)?.at ?? START) + afterLast;
        const read = written + later;
        const limits = { terms: 3, sites: 2, perSite: 2 };
        expect(viewOfDigest(buildDigest(entries, written, limits), read, limits)).toEqual(recentView(entries, read, limits));
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });

  it('reads back what it stored through JSON', () => {
    fc.assert(
      fc.property(history, (entries) => {
        const digest = buildDigest(entries, (entries.at(-1)?.at ?? START) + HOUR);
        expect(parseDigest(JSON.parse(JSON.stringify(digest)))).toEqual(digest);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('refuses a damaged digest whole, so the popup reads the history instead', () => {
    const entries: Lookup[] = [{ term: 'gas', at: START, sentence: 'Gas.', url: 'https://a.example/', title: '', via: 'hover' }];
    const good = JSON.parse(JSON.stringify(buildDigest(entries, START + HOUR))) as { days: { terms: { count: number; last: { term: string } }[] }[]; total: unknown };
    expect(parseDigest(good)).toBeDefined();
    for (const damage of [
      (d: typeof good) => (d.total = 'many'),
      (d: typeof good) => (d.days[0]!.terms[0]!.count = 0),
      (d: typeof good) => (d.days[0]!.terms[0]!.last.term = 'mev'),
    ]) {
      const copy = structuredClone(good);
      damage(copy);
      expect(parseDigest(copy)).toBeUndefined();
    }
    expect(parseDigest(null)).toBeUndefined();
    expect(parseDigest('digest')).toBeUndefined();
  });

  it('keeps only the last seven days by day', () => {
    const entries: Lookup[] = [9, 7, 6, 3, 0].map((daysAgo) => ({ term: 'gas', at: START + 20 * 24 * HOUR - daysAgo * 24 * HOUR, sentence: '', url: 'https://a.example/', title: '', via: 'hover' }));
    const digest = buildDigest(entries, START + 20 * 24 * HOUR);
    expect(digest.days).toHaveLength(3);
    expect(digest.total).toBe(5);
  });
});
