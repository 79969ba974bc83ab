import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../lib/glossary/check';
import { compileGlossary } from '../../lib/glossary/compile';
import { Matcher } from '../../lib/match/matcher';
import { SAMPLE_PARAGRAPH, sampleSegments } from '../../lib/onboarding/sample';
import { GLOSSARY_LIMITS } from '../../scripts/glossary-limits';
import { readGlossarySources } from '../../scripts/glossary-source';

const compiled = compileGlossary(checkGlossary(readGlossarySources(), GLOSSARY_LIMITS).glossary);
const matcher = new Matcher(compiled.matcher);

describe('the onboarding sample paragraph', () => {
  const segments = sampleSegments(SAMPLE_PARAGRAPH);
  const text = segments.map((s) => s.text).join('');
  const marked = segments.flatMap((s, i) => {
    if (s.kind !== 'term') return [];
    const start = segments.slice(0, i).reduce((n, p) => n + p.text.length, 0);
    return [{ id: s.id, start, end: start + s.text.length }];
  });

  it('marks only terms the bundled glossary has, none with a spelling that is ordinary English', () => {
    const byId = new Map(compiled.entries.map((e) => [e.id, e]));
    // Their cards would offer "Not this meaning", which means nothing on our own page.
    expect(marked.filter((m) => !byId.has(m.id)).map((m) => m.id)).toEqual([]);
    expect(marked.filter((m) => (byId.get(m.id)?.weak?.length ?? 0) > 0).map((m) => m.id)).toEqual([]);
  });

  it('marks each term where Termlight itself would find it, so the demo shows what readers will get', () => {
    const found = matcher.scan(text).map((m) => ({ id: matcher.ids[m.term], start: m.start, end: m.end }));
    for (const mark of marked) expect(found).toContainEqual(mark);
  });
});
