import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, MAX_PROBLEMS, parseGlossaryImport } from './parse';
import { rollup, json, problem, HEADER } from './parse-fixtures';
import { fuzzRuns } from '../../tests/support/fuzz-runs';

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
