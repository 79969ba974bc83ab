import { describe, expect, it } from 'vitest';
import { compileGlossary, normaliseBody, toMatcherTerms } from './compile';
import { Matcher } from '../match/matcher';
import { confirmAmbiguous, judgeSense } from '../match/ambiguity';
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

describe('weak aliases of a strong term', () => {
  const hashFunction = { id: 'hash-function', term: 'Hash function', aliases: ['cryptographic hash', 'hash'], weak: ['hash'], context: ['SHA-256', 'block'], areas: ['a'] };

  it('become a second matcher term with the same id and the families of their entry', () => {
    const terms = toMatcherTerms([hashFunction]);
    expect(terms.map((t) => [t.id, t.forms, t.ambiguous, t.families])).toEqual([
      ['hash-function', ['Hash function', 'cryptographic hash'], false, ['chain']],
      ['hash-function', ['hash'], true, ['chain']],
    ]);
  });

  it('mark "hash" only beside a context word, and the term itself anywhere', () => {
    const matcher = new Matcher(compileGlossary({ areas: [], entries: [{ ...entry('x'), ...hashFunction }] }).matcher);
    const kept = (text: string): string[] => confirmAmbiguous(text, matcher.scan(text), matcher).map((m) => text.slice(m.start, m.end));
    expect(kept('Fry a hash of potatoes and onions.')).toEqual([]);
    expect(kept('Pick a hash function with care.')).toEqual(['hash function']);
    expect(kept('Each block stores the hash of the one before.')).toEqual(['hash']);
  });

  it('are confirmed by a sure term of their family, unless a cue reads the word as ordinary', () => {
    const rollup = { ...entry('rollup'), term: 'Rollup', aliases: [] };
    const matcher = new Matcher(compileGlossary({ areas: [], entries: [{ ...entry('x'), ...hashFunction }, rollup] }).matcher);
    const judged = (text: string): string[] => judgeSense(text, matcher.scan(text), matcher).map((m) => `${text.slice(m.start, m.end)}${m.unconfirmed ? '?' : ''}`);
    expect(judged('A rollup posts the hash of each batch.')).toEqual(['rollup', 'hash']);
    expect(judged('A rollup serves a hash of potatoes.')).toEqual(['rollup']);
  });

  it('are left to the page where nothing in their block confirms them', () => {
    const matcher = new Matcher(compileGlossary({ areas: [], entries: [{ ...entry('x'), ...hashFunction }] }).matcher);
    const text = 'Compare the hash with the one you expected.';
    expect(judgeSense(text, matcher.scan(text), matcher).map((m) => [text.slice(m.start, m.end), m.unconfirmed])).toEqual([['hash', true]]);
  });

  it('are listed with the other aliases on cards and in search', () => {
    const compiled = compileGlossary({ areas: [], entries: [{ ...entry('x'), ...hashFunction }] });
    expect(compiled.entries[0]!.aliases).toEqual(['cryptographic hash', 'hash']);
    expect(compiled.search[0]!.aliases).toEqual(['cryptographic hash', 'hash']);
  });
});

describe('weak spellings', () => {
  const gas = { id: 'gas', term: 'Gas', aliases: ['gas units'], weak: ['Gas'], context: ['gwei'], areas: ['a'] };

  it('split an entry into its strong spellings and its weak ones, under one id', () => {
    expect(toMatcherTerms([gas]).map((t) => [t.id, t.forms, t.ambiguous])).toEqual([
      ['gas', ['gas units'], false],
      ['gas', ['Gas'], true],
    ]);
  });

  it('light a strong spelling anywhere and a weak one only where its sense is confirmed', () => {
    const matcher = new Matcher(compileGlossary({ areas: [], entries: [{ ...entry('x'), ...gas }] }).matcher);
    const kept = (text: string): string[] => confirmAmbiguous(text, matcher.scan(text), matcher).map((m) => text.slice(m.start, m.end));
    expect(kept('Natural gas heats the house.')).toEqual([]);
    expect(kept('The swap used 90,000 gas units.')).toEqual(['gas units']);
    expect(kept('Gas sat at 3 gwei all day.')).toEqual(['Gas']);
  });
});
