import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../lib/glossary/check';
import { compileGlossary } from '../../lib/glossary/compile';
import { Matcher } from '../../lib/match/matcher';
import { GLOSSARY_LIMITS } from '../../scripts/glossary-limits';
import { readGlossarySources } from '../../scripts/glossary-source';

const result = checkGlossary(readGlossarySources(), GLOSSARY_LIMITS);

describe('the bundled glossary', () => {
  it('passes every schema and cross-entry check', () => {
    expect(result.problems).toEqual([]);
  });

  it('finds every entry by its own term when compiled', () => {
    const matcher = new Matcher(compileGlossary(result.glossary).matcher);
    const missed = result.glossary.entries.filter((e) => {
      const text = `See ${e.term} here.`;
      return !matcher.scan(text).some((m) => matcher.ids[m.term] === e.id);
    });
    expect(missed.map((e) => e.id)).toEqual([]);
  });
});
