import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ExportedEntry } from '../glossary/compile';
import { MAX_IMPORT_CHARS, MAX_PROBLEMS, parseGlossaryImport, slugify, type ImportProblem } from './parse';
import type { UserEntry } from './schema';
import { fuzzRuns } from '../testing/fuzz-runs';

const rollup: UserEntry = {
  id: 'rollup',
  term: 'Rollup',
  aliases: ['rollups chain'],
  areas: ['layer-2-scaling'],
  short: 'A chain that posts its data to another chain.',
  body: 'Batches transactions.\n\nPosts them to L1.',
  related: ['sequencer'],
};
const sequencer: UserEntry = {
  id: 'sequencer',
  term: 'Sequencer',
  aliases: [],
  areas: ['layer-2-scaling', 'market-structure'],
  short: 'Orders rollup transactions.',
  body: '',
  related: [],
};

const json = (value: unknown) => JSON.stringify(value);
const problem = (row: number, field: string, message: string | RegExp = /./): ImportProblem =>
  ({ row, field, message: expect.stringMatching(message) as string });

const HEADER = 'term,short,body,aliases,area';

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

describe('parseGlossaryImport: CSV', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, CRLF line ends and a BOM', () => {
    const text =
      '\uFEFFterm,short,body,aliases,area\r\n' +
      'Perp funding,"Paid between longs and shorts, every 8 hours.","Said ""funding"".\r\nSecond line, too.",funding rate; funding|FR,Perpetuals & Futures\r\n';
    expect(parseGlossaryImport(text, 'csv')).toEqual({
      entries: [
        {
          id: 'perp-funding',
          term: 'Perp funding',
          aliases: ['funding rate', 'funding', 'FR'],
          areas: ['perpetuals-futures'],
          short: 'Paid between longs and shorts, every 8 hours.',
          body: 'Said "funding".\r\nSecond line, too.',
          related: [],
        },
      ],
      problems: [],
    });
  });

  it('takes columns in any order and any case, with only term and short required', () => {
    const { entries, problems } = parseGlossaryImport('Short,TERM\nOne-word summary.,Café Crème\n', 'csv');
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { id: 'cafe-creme', term: 'Café Crème', aliases: [], areas: ['my-terms'], short: 'One-word summary.', body: '', related: [] },
    ]);
  });

  it('puts a row with an empty area cell in my-terms', () => {
    expect(parseGlossaryImport(`${HEADER}\nGM,Good morning.,,, \n`, 'csv').entries[0]!.areas).toEqual(['my-terms']);
  });

  it('skips blank lines and rows of empty cells without shifting row numbers', () => {
    const { entries, problems } = parseGlossaryImport(`${HEADER}\nA,a.,,,\n\n,,,,\nB,,,,\n`, 'csv');
    expect(entries.map((e) => e.id)).toEqual(['a']);
    expect(problems).toEqual([problem(4, 'short', /empty/)]);
  });

  it('refuses a file whose second row has no short and names row 2, field short', () => {
    const { entries, problems } = parseGlossaryImport(`${HEADER}\nRollup,Posts data to L1.,,,\nSequencer,,Orders txs.,,\n`, 'csv');
    expect(entries.map((e) => e.id)).toEqual(['rollup']);
    expect(problems).toEqual([{ row: 2, field: 'short', message: 'must not be empty' }]);
  });

  it('refuses a header without a term column, once, instead of failing every row', () => {
    expect(parseGlossaryImport('name,short\nRollup,Posts data.\nX,Y\n', 'csv').problems).toEqual([
      problem(0, 'name', /not a known column/),
      problem(0, 'term', /must have this column/),
    ]);
  });

  it('refuses an unknown column, an unnamed column and a repeated column but still checks the rows', () => {
    const { problems } = parseGlossaryImport('term,short,Notes,,Term\nRollup,,x,y,z\n', 'csv');
    expect(problems).toEqual([
      problem(0, 'Notes', /not a known column/),
      problem(0, '', /column 4 .*no name/),
      problem(0, 'term', /twice/),
      problem(1, 'short', /empty/),
    ]);
  });

  it('refuses a row with more or fewer cells than the header', () => {
    expect(parseGlossaryImport('term,short\nA,a,extra\nB\n', 'csv').problems).toEqual([
      problem(1, '', /3 cells but the header has 2/),
      problem(2, '', /1 cells but the header has 2/),
    ]);
  });

  it('refuses a quoted cell that is never closed and names the row it opens in', () => {
    expect(parseGlossaryImport('term,short\nA,a\nB,"b\nC,c\n', 'csv').problems).toEqual([problem(2, '', /never closed/)]);
  });

  it('refuses a term with no Latin letter or digit to derive an id from', () => {
    expect(parseGlossaryImport('term,short\n以太坊,Ethereum.\n', 'csv').problems).toEqual([problem(1, 'term', /id/)]);
  });

  it('refuses two terms that slug to the same id, naming the term column', () => {
    expect(parseGlossaryImport('term,short\nRoll-up,a\nroll up!,b\n', 'csv').problems).toEqual([
      { row: 2, field: 'term', message: "gives the id 'roll-up', which row 1 already has" },
    ]);
  });

  it('refuses an alias spelled like another row’s term, naming the aliases column', () => {
    expect(parseGlossaryImport('term,short,aliases\nLayer 2,a,L2\nL2 chain,b,layer-2\n', 'csv').problems).toEqual([
      problem(2, 'aliases', /same as 'Layer 2' in row 1/),
    ]);
  });

  it('names the column, not the schema field, for a long alias or an area with no letters', () => {
    expect(parseGlossaryImport(`${HEADER}\nA,a,,${'x'.repeat(81)},\nB,b,,,!!!\n`, 'csv').problems).toEqual([
      problem(1, 'aliases', /at most 80/),
      problem(2, 'area', /area id/),
    ]);
  });

  it('refuses a header with no rows', () => {
    expect(parseGlossaryImport(`${HEADER}\r\n`, 'csv').problems).toEqual([problem(0, '', /no entries/)]);
  });
});

describe('parseGlossaryImport: any format', () => {
  it.each([
    ['empty', ''],
    ['only whitespace', ' \r\n\t\n'],
    ['only a byte-order mark', '\uFEFF'],
  ])('refuses an %s file with one whole-file problem', (_, text) => {
    for (const format of ['json', 'csv', 'auto'] as const) {
      expect(parseGlossaryImport(text, format)).toEqual({ entries: [], problems: [{ row: 0, field: '', message: 'the file is empty' }] });
    }
  });

  it('detects JSON from a leading [ or { after a BOM and spaces, and CSV otherwise', () => {
    expect(parseGlossaryImport(`\uFEFF \n${json([rollup])}`, 'auto').entries).toEqual([rollup]);
    expect(parseGlossaryImport(`\n ${json({ entries: [rollup] })}`, 'auto').entries).toEqual([rollup]);
    expect(parseGlossaryImport('term,short\nRollup,Posts data.\n', 'auto').entries[0]!.id).toBe('rollup');
  });

  it('reports every problem in the file, not just the first, and still lists the good entries', () => {
    const { entries, problems } = parseGlossaryImport(
      json([{ ...rollup, short: '' }, sequencer, { ...rollup, id: 'BAD' }, { ...rollup, id: 'r2', term: 'R2', body: 5 }]),
      'json',
    );
    expect(entries).toEqual([sequencer]);
    expect(problems).toEqual([problem(1, 'short'), problem(3, 'id'), problem(4, 'body', /must be text/)]);
  });

  it(`keeps the first ${MAX_PROBLEMS} problems and ends with one saying how many more there are`, () => {
    const rows = Array.from({ length: 250 }, (_, i) => `Term ${i},`).join('\n');
    const { problems } = parseGlossaryImport(`term,short\n${rows}\n`, 'csv');
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS - 1]).toEqual(problem(200, 'short'));
    expect(problems[MAX_PROBLEMS]).toEqual({ row: 0, field: '', message: 'and 50 more problems' });
  });
});

describe('parseGlossaryImport: size', () => {
  /** A valid CSV of about `chars` characters, padded with blank lines to exactly that length. */
  function bigCsv(chars: number): string {
    const rows = [`${HEADER}\r\n`];
    let length = rows[0]!.length;
    for (let i = 0; length < chars - 300; i++) {
      const row = `Term ${i},"Short, quoted ""summary"" of term ${i}.","Body of ${i}.\r\nSecond line.",Alias ${i}|Other ${i},Area ${i % 7}\r\n`;
      rows.push(row);
      length += row.length;
    }
    return rows.join('') + '\n'.repeat(chars - length);
  }

  // How fast is a bench figure (npm run bench: "import of a 9.5 MB CSV"), not a timed test.
  it('parses a 9.5 MB file of valid rows, every row kept', () => {
    const text = bigCsv(9.5 * 1024 * 1024);
    const { entries, problems } = parseGlossaryImport(text, 'auto');
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(80_000);
  }, 60_000);

  it('is not refused at exactly 10 MB', () => {
    const text = bigCsv(MAX_IMPORT_CHARS);
    expect(text.length).toBe(MAX_IMPORT_CHARS);
    expect(parseGlossaryImport(text, 'csv').problems).toEqual([]);
  }, 30_000);

  it('refuses a 10.5 MB file with one problem, before reading it', () => {
    const text = `${HEADER}\n${'x'.repeat(10.5 * 1024 * 1024)}`;
    expect(parseGlossaryImport(text, 'auto')).toEqual({
      entries: [],
      problems: [{ row: 0, field: '', message: 'the file is 10.5 MB; files over 10 MB are refused' }],
    });
  });
});

describe('parseGlossaryImport: hostile content', () => {
  const polluted = () => (Object.prototype as Record<string, unknown>).polluted ?? ({} as Record<string, unknown>).polluted;

  it('refuses __proto__, constructor and prototype keys in an entry and leaves Object.prototype alone', () => {
    const text =
      `[{"__proto__": {"polluted": "yes"}, "id": "a", "term": "A", "short": "a."},` +
      ` {"constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}, "id": "b", "term": "B", "short": "b."}]`;
    const { entries, problems } = parseGlossaryImport(text, 'json');
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      problem(1, '__proto__', /not allowed/),
      problem(2, 'constructor', /not allowed/),
      problem(2, 'prototype', /not allowed/),
    ]);
    expect(polluted()).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('refuses a __proto__ key beside the entries list', () => {
    const { entries, problems } = parseGlossaryImport(`{"__proto__": {"polluted": "yes"}, "entries": ${json([rollup])}}`, 'json');
    expect(problems).toEqual([problem(0, '__proto__', /not allowed/)]);
    expect(entries).toEqual([rollup]);
    expect(polluted()).toBeUndefined();
  });

  it('refuses a __proto__ column in a CSV header', () => {
    const { problems } = parseGlossaryImport('term,short,__proto__\nA,a.,{"polluted":"yes"}\n', 'csv');
    expect(problems).toEqual([problem(0, '__proto__', /not a known column/)]);
    expect(polluted()).toBeUndefined();
  });

  it('keeps HTML in every text field as the same string, in JSON and in CSV', () => {
    const html = '<img src=x onerror=alert(1)>';
    const fromJson = parseGlossaryImport(json([{ ...rollup, term: `Rollup ${html}`, short: html, body: `<p>${html}</p>` }]), 'json');
    expect(fromJson.problems).toEqual([]);
    expect(fromJson.entries[0]).toMatchObject({ term: `Rollup ${html}`, short: html, body: `<p>${html}</p>` });

    const fromCsv = parseGlossaryImport(`term,short,body,aliases\nRollup,${html},<script>alert(1)</script>,${html}\n`, 'csv');
    expect(fromCsv.problems).toEqual([]);
    expect(fromCsv.entries[0]).toMatchObject({ short: html, body: '<script>alert(1)</script>', aliases: [html] });
  });

  it('never throws, whatever the text and format (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('"', ',', '\n', '\r\n', '[', ']', '{', '}', ':', '\uFEFF', '__proto__', '"__proto__":', 'term,short\n', '{"entries":', 'null'),
    );
    const textArb = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(textArb, fc.constantFrom('json', 'csv', 'auto'), (text, format) => {
        const { entries, problems } = parseGlossaryImport(text, format);
        expect(Array.isArray(entries)).toBe(true);
        expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
      }),
      { numRuns: fuzzRuns(1000) },
    );
    expect(polluted()).toBeUndefined();
  });
});
