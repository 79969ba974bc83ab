import type { UserEntry } from './schema';

/** The columns the importer reads and the exporter writes, in the order it writes them. */
export const CSV_COLUMNS = ['term', 'short', 'body', 'aliases', 'area'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvProblem {
  /** 0-based index of the record the problem is in: the header is record 0. */
  record: number;
  message: string;
}

export interface CsvParse {
  records: string[][];
  problems: CsvProblem[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

/**
 * RFC 4180 records: quoted fields with doubled quotes, commas and line breaks inside quotes,
 * CRLF, LF or CR line ends, an optional UTF-8 byte-order mark. Cells are returned verbatim
 * (no trimming) so that what the exporter wrote comes back unchanged.
 *
 * Two things RFC 4180 leaves undefined are handled the forgiving way where the meaning is
 * plain and reported where it is not: a quote inside an unquoted field is kept as a
 * character (`5" screen`), while text after a closing quote or a quote never closed is a
 * problem, because either would silently merge or split cells.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === BOM ? input.slice(1) : input;
  const n = text.length;
  const records: string[][] = [];
  const problems: CsvProblem[] = [];
  if (n === 0) return { records, problems };

  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Whole runs between quotes are sliced at once: a 10 MB file is parsed in tens of
      // milliseconds rather than one string append per character.
      value = '';
      let from = i + 1;
      let closed = false;
      while (!closed) {
        const q = text.indexOf('"', from);
        if (q === -1) {
          problems.push({ record: records.length, message: 'a quoted cell is never closed (a " is missing)' });
          value += text.slice(from);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          from = q + 2;
        } else {
          value += text.slice(from, q);
          i = q + 1;
          closed = true;
        }
      }
      if (closed && i < n && !isDelimiter(text.charCodeAt(i))) {
        problems.push({ record: records.length, message: 'a quoted cell has text after its closing "' });
        const start = i;
        while (i < n && !isDelimiter(text.charCodeAt(i))) i++;
        value += text.slice(start, i);
      }
    } else {
      const start = i;
      while (i < n && !isDelimiter(text.charCodeAt(i))) i++;
      value = text.slice(start, i);
    }
    row.push(value);

    if (i >= n) {
      records.push(row);
      break;
    }
    if (text.charCodeAt(i) === COMMA) {
      i++;
      if (i === n) {
        row.push('');
        records.push(row);
        break;
      }
      continue;
    }
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    records.push(row);
    row = [];
    // A line break at the very end closes the last record rather than opening an empty one.
    if (i >= n) break;
  }
  return { records, problems };
}

function isDelimiter(c: number): boolean {
  return c === COMMA || c === CR || c === LF;
}

function cell(value: string): string {
  // A leading U+FEFF is quoted so that a reader does not take it for the byte-order mark.
  return /[",\r\n]|^\uFEFF/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 text with CRLF line ends, quoting only the cells that need it. No byte-order mark. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${r.map(cell).join(',')}\r\n`).join('');
}

/**
 * The CSV the importer reads back. CSV has no column for an id or related ids and one for
 * a single area: the importer derives the id from the term, so an entry keeps its id only
 * when the id is the term's slug, and it keeps only its first area and no related ids.
 * Use JSON export to keep everything. Aliases are joined with "; ", so an alias that itself
 * holds ';' or '|' comes back split.
 *
 * Starts with a byte-order mark: without it Excel reads the file as the system code page
 * and garbles every accent. The importer skips it.
 */
export function toCsv(entries: readonly UserEntry[]): string {
  return '\uFEFF' + writeCsv([
    CSV_COLUMNS,
    ...entries.map((e) => [e.term, e.short, e.body, e.aliases.join('; '), e.areas[0] ?? '']),
  ]);
}
