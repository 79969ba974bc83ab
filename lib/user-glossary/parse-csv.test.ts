import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, parseGlossaryImport } from './parse';
import { rollup, sequencer, json, problem, HEADER } from './parse-fixtures';

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
