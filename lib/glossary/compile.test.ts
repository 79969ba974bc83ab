import { describe, expect, it } from 'vitest';
import { compileGlossary, normaliseBody } from './compile';
import type { GlossaryEntry } from './schema';

const entry = (id: string, related: string[] = []): GlossaryEntry => ({
  id,
  term: id,
  aliases: [],
  areas: ['a'],
  short: `About ${id}.`,
  body: 'One.\nTwo.',
  related,
});

describe('normaliseBody', () => {
  it('turns every run of line breaks into one paragraph break', () => {
    expect(normaliseBody('First para.\nSecond para.\n\n\nThird.\n')).toBe('First para.\n\nSecond para.\n\nThird.');
  });
});

describe('compileGlossary', () => {
  it('counts how many entries point at each entry', () => {
    const compiled = compileGlossary({
      areas: [{ id: 'a', name: 'A' }],
      entries: [entry('rollup'), entry('sequencer', ['rollup']), entry('batch', ['rollup', 'sequencer'])],
    });
    expect(compiled.search.map((r) => [r.id, r.refs])).toEqual([
      ['rollup', 2],
      ['sequencer', 1],
      ['batch', 0],
    ]);
    expect(compiled.entries[0]!.body).toBe('One.\n\nTwo.');
    expect(compiled.matcher.ids).toEqual(['rollup', 'sequencer', 'batch']);
  });
});
