import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../lib/glossary/check';
import { compileGlossary } from '../../lib/glossary/compile';
import { confirmAmbiguous } from '../../lib/match/ambiguity';
import { Matcher } from '../../lib/match/matcher';
import { createSearch } from '../../lib/search/search-index';
import { GLOSSARY_LIMITS } from '../../scripts/glossary-limits';
import { readGlossarySources } from '../../scripts/glossary-source';

const result = checkGlossary(readGlossarySources(), GLOSSARY_LIMITS);
const compiled = compileGlossary(result.glossary);
const matcher = new Matcher(compiled.matcher);

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

  it('confirms every ambiguous term by each of its own context words', () => {
    const unconfirmed = compiled.entries.flatMap((e) =>
      (e.context ?? []).flatMap((word) => {
        const text = `${e.term} — ${word}`;
        const kept = confirmAmbiguous(text, matcher.scan(text), matcher);
        return kept.some((m) => matcher.ids[m.term] === e.id) ? [] : [`${e.id} / ${word}`];
      }),
    );
    expect(unconfirmed).toEqual([]);
  });

  it('marks each ambiguous alias only where a context word of its entry confirms it', () => {
    const wrong = result.glossary.entries.flatMap((e) =>
      (e.ambiguousAliases ?? []).flatMap((alias) => {
        const alone = `Nothing here but ${alias} today.`;
        const markedAlone = confirmAmbiguous(alone, matcher.scan(alone), matcher).some((m) => matcher.ids[m.term] === e.id);
        const unconfirmed = (e.context ?? []).filter((word) => {
          const text = `${alias} — ${word}`;
          return !confirmAmbiguous(text, matcher.scan(text), matcher).some((m) => matcher.ids[m.term] === e.id);
        });
        return [...(markedAlone ? [`${e.id} / ${alias} marked without context`] : []), ...unconfirmed.map((w) => `${e.id} / ${alias} / ${w}`)];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('lists every entry among the first five search results for its own term', () => {
    const search = createSearch(compiled.search);
    const missed = compiled.entries.filter((e) => !search.search(e.term, 5).some((r) => r.item.id === e.id));
    expect(missed.map((e) => e.id)).toEqual([]);
  }, 60_000);
});
