import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../lib/glossary/check';
import { compileGlossary } from '../../lib/glossary/compile';
import { confirmAmbiguous, judgeSense } from '../../lib/match/ambiguity';
import { Matcher } from '../../lib/match/matcher';
import { createSearch } from '../../lib/search/search-index';
import { fuzzRuns } from '../support/fuzz-runs';
import { GLOSSARY_LIMITS } from '../../scripts/glossary-limits';
import { readGlossarySources } from '../../scripts/glossary-source';

const result = checkGlossary(readGlossarySources(), GLOSSARY_LIMITS);
const compiled = compileGlossary(result.glossary);
const matcher = new Matcher(compiled.matcher);

/** `count` entries drawn without repeats by a seeded generator, or all of them when count covers them. */
function sampleEntries<E extends { id: string }>(all: readonly E[], count: number, seed: number) {
  let state = seed >>> 0;
  const picked = new Set<number>();
  if (count >= all.length) all.forEach((_, i) => picked.add(i));
  while (picked.size < Math.min(count, all.length)) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    picked.add(state % all.length);
  }
  const entries = [...picked].sort((a, b) => a - b).map((i) => all[i]!);
  return { seed, entries, ids: entries.map((e) => e.id) };
}

describe('the bundled glossary', () => {
  it('passes every schema and cross-entry check', () => {
    expect(result.problems).toEqual([]);
  });

  it('finds every entry by its own term', () => {
    const missed = compiled.entries.filter((e) => {
      const text = `See ${e.term} here.`;
      return !matcher.scan(text).some((m) => matcher.ids[m.term] === e.id);
    });
    expect(missed.map((e) => e.id)).toEqual([]);
  });

  it('confirms each weak spelling by each of its own context words', () => {
    const unconfirmed = compiled.entries.flatMap((e) =>
      (e.weak ?? []).flatMap((spelling) =>
        (e.context ?? []).flatMap((word) => {
          const text = `${spelling} — ${word}`;
          const kept = confirmAmbiguous(text, matcher.scan(text), matcher);
          return kept.some((m) => matcher.ids[m.term] === e.id) ? [] : [`${e.id} / ${spelling} / ${word}`];
        }),
      ),
    );
    expect(unconfirmed).toEqual([]);
  });

  it('confirms no weak spelling of a strong term by itself: alone in a plain sentence it is left to the page', () => {
    const confirmedAlone = compiled.entries.flatMap((e) =>
      (e.weak ?? [])
        .filter((spelling) => !(e.weak ?? []).includes(e.term) && spelling !== e.term)
        .flatMap((spelling) => {
          const text = `Nothing here but ${spelling} today.`;
          const found = judgeSense(text, matcher.scan(text), matcher);
          return found.some((m) => matcher.ids[m.term] === e.id && !m.unconfirmed && text.slice(m.start, m.end).toLowerCase() === spelling.toLowerCase()) ? [`${e.id} / ${spelling}`] : [];
        }),
    );
    expect(confirmedAlone).toEqual([]);
  });

  // A search of the whole glossary takes tens of milliseconds: npm test looks up a seeded
  // sample of 400 entries (TERMLIGHT_SEED replays one), npm run fuzz every entry.
  const sample = sampleEntries(compiled.entries, fuzzRuns(400), Number(process.env.TERMLIGHT_SEED ?? Date.now() % 1_000_000));
  it(`lists every entry among the first five search results for its own term (${sample.ids.length} entries, TERMLIGHT_SEED=${sample.seed})`, () => {
    const search = createSearch(compiled.search);
    const missed = sample.entries.filter((e) => !search.search(e.term, 5).some((r) => r.item.id === e.id));
    expect(missed.map((e) => e.id)).toEqual([]);
  }, 120_000);
});
