import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ExportedEntry } from '../glossary/compile';
import { parseGlossaryImport } from './parse';
import { slugify } from './slug';
import { rollup, sequencer, json, problem } from './parse-fixtures';
import type { UserEntry } from './schema';

describe('the entry shape', () => {
  it('is exactly the shape glossary:export prints', () => {
    expectTypeOf<UserEntry>().toEqualTypeOf<ExportedEntry>();
  });
});

describe('slugify', () => {
  it('lower-cases, strips accents and joins words with single hyphens', () => {
    expect(slugify('  Zero-Knowledge  Proof (ZKP)! ')).toBe('zero-knowledge-proof-zkp');
    expect(slugify('Café Crème')).toBe('cafe-creme');
    expect(slugify('ＥＴＨ²')).toBe('eth2');
  });

  it('gives an empty slug when no Latin letter or digit is left', () => {
    expect(slugify('以太坊')).toBe('');
    expect(slugify('—!—')).toBe('');
  });
});

describe('parseGlossaryImport: JSON', () => {
  it('accepts a list of entries in the glossary:export shape unchanged', () => {
    expect(parseGlossaryImport(json([rollup, sequencer]), 'json')).toEqual({ entries: [rollup, sequencer], problems: [] });
  });

  it('accepts an object with an entries list', () => {
    expect(parseGlossaryImport(json({ entries: [rollup] }), 'json')).toEqual({ entries: [rollup], problems: [] });
  });

  it("fills areas with ['my-terms'], related, aliases and body with empty values when absent", () => {
    const { entries, problems } = parseGlossaryImport(json([{ id: 'gm', term: 'GM', short: 'Good morning.' }]), 'json');
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ id: 'gm', term: 'GM', aliases: [], areas: ['my-terms'], short: 'Good morning.', body: '', related: [] }]);
  });

  it('trims the ends of text fields but keeps inner line breaks in the body', () => {
    const { entries } = parseGlossaryImport(json([{ ...rollup, term: '  Rollup ', body: '\n One.\nTwo. \n' }]), 'json');
    expect(entries[0]).toMatchObject({ term: 'Rollup', body: 'One.\nTwo.' });
  });

  it('refuses text that is not JSON, quoting the parser', () => {
    expect(parseGlossaryImport('[{"id": "x",]', 'json')).toEqual({ entries: [], problems: [problem(0, '', /^not valid JSON: /)] });
  });

  it.each([
    ['a number', '42', /not a number/],
    ['a string', '"rollup"', /not a string/],
    ['null', 'null', /not null/],
  ])('refuses a file whose top level is %s', (_, text, message) => {
    expect(parseGlossaryImport(text, 'json').problems).toEqual([problem(0, '', message)]);
  });

  it('refuses an object without an entries list, naming the entries field', () => {
    expect(parseGlossaryImport(json({ items: [rollup] }), 'json').problems).toEqual([
      problem(0, 'items', /not expected/),
      problem(0, 'entries', /required/),
    ]);
    expect(parseGlossaryImport(json({ entries: 'rollup' }), 'json').problems).toEqual([problem(0, 'entries', /must be a list/)]);
  });

  it('refuses an entry that is not an object and names its row', () => {
    expect(parseGlossaryImport(json([rollup, 'sequencer', [1]]), 'json').problems).toEqual([
      problem(2, '', /not a string/),
      problem(3, '', /not a list/),
    ]);
  });

  it('refuses a file whose first entry has no short and names row 1, field short', () => {
    const { short: _, ...noShort } = rollup;
    expect(parseGlossaryImport(json([noShort, sequencer]), 'json')).toEqual({
      entries: [sequencer],
      problems: [{ row: 1, field: 'short', message: 'is required' }],
    });
  });

  it('refuses a short of 201 characters and accepts one of 200', () => {
    const at = (n: number) => parseGlossaryImport(json([{ ...rollup, short: 'x'.repeat(n) }]), 'json').problems;
    expect(at(200)).toEqual([]);
    expect(at(201)).toEqual([{ row: 1, field: 'short', message: 'must be at most 200 characters' }]);
  });

  it('refuses a term over 80 characters, a multi-line short and a body over 5000 characters', () => {
    const { problems } = parseGlossaryImport(
      json([{ ...rollup, term: 't'.repeat(81), short: 'one\ntwo', body: 'b'.repeat(5001) }]),
      'json',
    );
    expect(problems).toEqual([
      problem(1, 'term', /at most 80/),
      problem(1, 'short', /single line/),
      problem(1, 'body', /at most 5000/),
    ]);
  });

  it('refuses an id that is not a kebab-case slug', () => {
    expect(parseGlossaryImport(json([{ ...rollup, id: 'Roll Up' }]), 'json').problems).toEqual([problem(1, 'id', /kebab-case/)]);
  });

  it('names the index of a bad alias, area or related id', () => {
    const bad = { ...rollup, aliases: ['ok', ''], areas: ['layer-2', 'Not_A_Slug'], related: ['x', 3] };
    expect(parseGlossaryImport(json([bad]), 'json').problems).toEqual([
      problem(1, 'aliases.1', /empty/),
      problem(1, 'areas.1', /kebab-case/),
      problem(1, 'related.1', /must be text/),
    ]);
  });

  it('refuses more than 20 aliases, no areas, more than 5 areas and more than 12 related ids', () => {
    const bad = {
      ...rollup,
      aliases: Array.from({ length: 21 }, (_, i) => `alias ${i}`),
      related: Array.from({ length: 13 }, (_, i) => `r-${i}`),
    };
    expect(parseGlossaryImport(json([bad, { ...sequencer, areas: [] }, { ...sequencer, id: 's2', term: 'S2', areas: ['a', 'b', 'c', 'd', 'e', 'f'] }]), 'json').problems).toEqual([
      problem(1, 'aliases', /at most 20/),
      problem(1, 'related', /at most 12/),
      problem(2, 'areas', /at least one/),
      problem(3, 'areas', /at most 5/),
    ]);
  });

  it('refuses an unknown key and names it as the field', () => {
    expect(parseGlossaryImport(json([{ ...rollup, colour: 'red' }]), 'json').problems).toEqual([problem(1, 'colour', /not a field/)]);
  });

  it('refuses two entries with the same id and names the later row', () => {
    const { entries, problems } = parseGlossaryImport(json([rollup, { ...sequencer, id: 'rollup' }]), 'json');
    expect(entries).toEqual([rollup]);
    expect(problems).toEqual([{ row: 2, field: 'id', message: "'rollup' is already the id of row 1" }]);
  });

  it('refuses a spelling the matcher cannot tell from another entry, case, spaces and hyphens aside', () => {
    const layer2 = { ...sequencer, id: 'layer-2', term: 'Layer 2', aliases: ['L2'] };
    const clash = { ...sequencer, id: 'l2-chain', term: 'L2 chain', aliases: ['layer-2'] };
    expect(parseGlossaryImport(json([layer2, clash]), 'json').problems).toEqual([
      { row: 2, field: 'aliases.0', message: "'layer-2' is spelled the same as 'Layer 2' in row 1" },
    ]);
  });

  it('refuses an alias that repeats its own term', () => {
    expect(parseGlossaryImport(json([{ ...rollup, aliases: ['ROLLUP'] }]), 'json').problems).toEqual([
      problem(1, 'aliases.0', /repeats 'Rollup'/),
    ]);
  });

  it('refuses a spelling made only of spaces and dashes', () => {
    expect(parseGlossaryImport(json([{ ...rollup, aliases: ['- -'] }]), 'json').problems).toEqual([
      problem(1, 'aliases.0', /spaces and dashes/),
    ]);
  });

  it('refuses an empty list', () => {
    expect(parseGlossaryImport('[]', 'json').problems).toEqual([problem(0, '', /no entries/)]);
  });
});
