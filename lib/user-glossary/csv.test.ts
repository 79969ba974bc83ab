import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formKey } from '../match/fold';
import { CSV_COLUMNS, parseCsv, toCsv, writeCsv } from './csv';
import { parseGlossaryImport } from './parse';
import { slugify } from './slug';
import { userEntrySchema, type UserEntry } from './schema';
import { fuzzRuns } from '../../tests/support/fuzz-runs';

describe('parseCsv', () => {
  it('reads plain cells split by commas and LF line ends', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual({ records: [['a', 'b', 'c'], ['1', '2', '3']], problems: [] });
  });

  it('reads CRLF and lone CR line ends the same as LF', () => {
    expect(parseCsv('a,b\r\n1,2\r3,4').records).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('keeps commas, doubled quotes, LF and CRLF inside a quoted cell verbatim', () => {
    const { records, problems } = parseCsv('"x, y","say ""hi""","one\ntwo\r\nthree"\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([['x, y', 'say "hi"', 'one\ntwo\r\nthree']]);
  });

  it('drops a leading UTF-8 byte-order mark', () => {
    expect(parseCsv('\uFEFFterm,short\r\nA,B\r\n').records).toEqual([['term', 'short'], ['A', 'B']]);
  });

  it('does not trim cells, so spaces a writer kept come back', () => {
    expect(parseCsv(' a , b ').records).toEqual([[' a ', ' b ']]);
  });

  it('reads empty cells, a trailing comma and a quoted empty cell as empty strings', () => {
    expect(parseCsv('a,,""\n,b,').records).toEqual([['a', '', ''], ['', 'b', '']]);
  });

  it('keeps a quote inside an unquoted cell as a character', () => {
    expect(parseCsv('5" screen,x').records).toEqual([['5" screen', 'x']]);
  });

  it('gives no records and no problems for empty text', () => {
    expect(parseCsv('')).toEqual({ records: [], problems: [] });
  });

  it('reports a quoted cell that is never closed, naming the record it opened in', () => {
    const { problems } = parseCsv('a,b\n1,"open\n2,3\n');
    expect(problems).toEqual([{ record: 1, message: expect.stringContaining('never closed') as string }]);
  });

  it('reports text after a closing quote instead of silently gluing it on', () => {
    const { problems } = parseCsv('a,b\n"x"y,2\n');
    expect(problems).toEqual([{ record: 1, message: expect.stringContaining('after its closing') as string }]);
  });
});

describe('writeCsv', () => {
  it('quotes only cells holding a quote, comma or line break, with CRLF after every row', () => {
    expect(writeCsv([['plain', 'a,b', 'say "hi"', 'x\ny', ' lead']])).toBe('plain,"a,b","say ""hi""","x\ny", lead\r\n');
  });

  it('quotes a cell that starts with U+FEFF so it is not read as a byte-order mark', () => {
    expect(parseCsv(writeCsv([['\uFEFFx', 'y']])).records).toEqual([['\uFEFFx', 'y']]);
  });

  it('reads back any grid of strings exactly (property)', () => {
    const cellArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.array(fc.constantFrom('"', ',', '\r', '\n', '\r\n', ' ', 'a', '\uFEFF'), { maxLength: 8 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        expect(parseCsv(writeCsv(rows))).toEqual({ records: rows, problems: [] });
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});

describe('toCsv', () => {
  const entry: UserEntry = {
    id: 'perp-funding',
    term: 'Perp funding',
    aliases: ['funding rate', 'funding'],
    areas: ['derivatives'],
    short: 'Periodic payment, "longs to shorts" or back.',
    body: 'First line.\n\nSecond, with a comma.',
    related: [],
  };

  it('writes a byte-order mark for Excel, the header the importer expects, then one row per entry', () => {
    const text = toCsv([entry]);
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(parseCsv(text).records).toEqual([
      [...CSV_COLUMNS],
      ['Perp funding', 'Periodic payment, "longs to shorts" or back.', 'First line.\n\nSecond, with a comma.', 'funding rate; funding', 'derivatives'],
    ]);
  });

  it('imports back to the same entry when the id is the slug of the term', () => {
    expect(parseGlossaryImport(toCsv([entry]), 'auto')).toEqual({ entries: [entry], problems: [] });
  });

  it('loses related ids, extra areas and a hand-picked id, which CSV has no column for', () => {
    const rich: UserEntry = { ...entry, id: 'funding', areas: ['derivatives', 'perps'], related: ['basis'] };
    expect(parseGlossaryImport(toCsv([rich]), 'csv').entries).toEqual([
      { ...rich, id: 'perp-funding', areas: ['derivatives'], related: [] },
    ]);
  });
});

// Cells built to stress the writer and the importer: quotes, commas, every line end,
// leading and trailing spaces (trimmed by the schema), HTML, accents, lone surrogates.
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Layer', 'rollup', 'Café', 'ΔS', '51%', '<img src=x onerror=alert(1)>', '&amp;', 'a') },
  { weight: 2, arbitrary: fc.constantFrom('"', ',', ' ', '-', "'", '\t', ';', '|') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\r') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const textArb = (maxPieces: number) => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(''));
// Mostly one line, so most terms pass the schema; the rest check that the filter holds.
const lineArb = (maxPieces: number) =>
  fc.oneof({ weight: 9, arbitrary: textArb(maxPieces).map((t) => t.replace(/[\r\n]/g, ' ')) }, { weight: 1, arbitrary: textArb(maxPieces) });

/** Entries CSV can carry: the id is the term's slug, one area, no related ids, no ';' or '|' in aliases. */
const csvEntryArb = fc
  .record({
    term: lineArb(8),
    aliases: fc.array(lineArb(4).map((a) => a.replace(/[;|]/g, ' ')), { maxLength: 4 }),
    area: fc.option(textArb(3), { nil: undefined }),
    short: lineArb(12),
    body: textArb(30),
  })
  .map(({ term, aliases, area, short, body }) =>
    userEntrySchema.safeParse({
      id: slugify(term),
      term,
      aliases,
      areas: area === undefined || slugify(area) === '' ? undefined : [slugify(area)],
      short,
      body,
      related: [],
    }),
  )
  .filter((r) => r.success)
  .map((r) => r.data);

/** Keeps entries whose id and spellings no earlier entry has, as the importer requires. */
function distinct(entries: readonly UserEntry[]): UserEntry[] {
  const ids = new Set<string>();
  const keys = new Set<string>();
  return entries.filter((e) => {
    const own = [e.term, ...e.aliases].map(formKey);
    if (ids.has(e.id) || own.some((k) => k === '' || keys.has(k)) || new Set(own).size !== own.length) return false;
    ids.add(e.id);
    for (const k of own) keys.add(k);
    return true;
  });
}

describe('export then import', () => {
  it('round-trips arbitrary valid entries through toCsv and parseGlossaryImport (property)', () => {
    const entriesArb = fc.array(csvEntryArb, { minLength: 1, maxLength: 8 }).map(distinct).filter((es) => es.length > 0);
    fc.assert(
      fc.property(entriesArb, (entries) => {
        expect(parseGlossaryImport(toCsv(entries), 'auto')).toEqual({ entries, problems: [] });
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
