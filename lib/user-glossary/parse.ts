import type { z } from 'zod';
import { formKey } from '../match/fold';
import { CSV_COLUMNS, parseCsv, type CsvColumn } from './csv';
import { DEFAULT_USER_AREA, USER_ENTRY_FIELDS, userEntrySchema, type UserEntry } from './schema';
import { slugify } from './slug';

export type ImportFormat = 'json' | 'csv' | 'auto';

export interface ImportProblem {
  /** 1-based entry: JSON array index + 1, or CSV data row (the header is row 0). 0 for the whole file. */
  row: number;
  /** '' when the problem is with the whole file or row rather than one field. */
  field: string;
  message: string;
}

/** Any problem means the import is refused; `entries` holds the rows that were fine, for the preview. */
export interface ParsedImport {
  entries: UserEntry[];
  problems: ImportProblem[];
}

export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;
export const MAX_PROBLEMS = 200;

// Keys that would reach Object.prototype if anything ever copied an entry with a plain
// assignment loop; refused outright so no later code has to think about them.
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const REQUIRED_COLUMNS: readonly CsvColumn[] = ['term', 'short'];
const KNOWN_COLUMNS: ReadonlySet<string> = new Set(CSV_COLUMNS);

export function parseGlossaryImport(text: string, format: ImportFormat): ParsedImport {
  const problems = new Problems();
  if (text.length > MAX_IMPORT_CHARS) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    problems.add(0, '', `the file is ${mb} MB; files over 10 MB are refused`);
    return { entries: [], problems: problems.list() };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(body)) {
    problems.add(0, '', 'the file is empty');
    return { entries: [], problems: problems.list() };
  }
  const json = format === 'json' || (format === 'auto' && /^\s*[[{]/.test(body));
  const entries = json ? readJson(body, problems) : readCsv(body, problems);
  return { entries, problems: problems.list() };
}

class Problems {
  private readonly kept: ImportProblem[] = [];
  /** Every problem added, including those past the cap. */
  count = 0;

  add(row: number, field: string, message: string): void {
    this.count++;
    if (this.kept.length < MAX_PROBLEMS) this.kept.push({ row, field, message });
  }

  list(): ImportProblem[] {
    const more = this.count - this.kept.length;
    return more > 0 ? [...this.kept, { row: 0, field: '', message: `and ${more} more problems` }] : this.kept;
  }
}

/** How a schema path is named to the user: JSON keeps the path, CSV names the column. */
type FieldName = (path: readonly PropertyKey[]) => string;

const jsonField: FieldName = (path) => path.map(String).join('.');

const CSV_FIELD_OF: ReadonlyMap<string, string> = new Map([
  ['id', 'term'],
  ['areas', 'area'],
]);
const csvField: FieldName = (path) => {
  const top = String(path[0] ?? '');
  return CSV_FIELD_OF.get(top) ?? top;
};

/** Rules that span rows: one id and one spelling per file. */
class Uniqueness {
  private readonly ids = new Map<string, number>();
  // Spelling key -> slot in the two arrays: a 10 MB file has some 250,000 spellings, and
  // one small object each was a noticeable share of the parse time.
  private readonly spellings = new Map<string, number>();
  private readonly slotForm: string[] = [];
  private readonly slotRow: number[] = [];

  constructor(
    private readonly problems: Problems,
    private readonly csv: boolean,
  ) {}

  check(row: number, entry: UserEntry): void {
    const before = this.problems.count;
    const idRow = this.ids.get(entry.id);
    if (idRow !== undefined) {
      if (this.csv) this.problems.add(row, 'term', `gives the id '${entry.id}', which row ${idRow} already has`);
      else this.problems.add(row, 'id', `'${entry.id}' is already the id of row ${idRow}`);
    }
    const forms = [entry.term, ...entry.aliases];
    const keys: string[] = [];
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i]!;
      const field = i === 0 ? 'term' : this.csv ? 'aliases' : `aliases.${i - 1}`;
      const key = formKey(form);
      keys.push(key);
      if (key === '') {
        this.problems.add(row, field, `'${form}' has nothing but spaces and dashes`);
        continue;
      }
      const mine = keys.indexOf(key);
      const slot = this.spellings.get(key);
      if (mine < i) this.problems.add(row, field, `'${form}' repeats '${forms[mine]!}' in the same entry`);
      else if (slot !== undefined) {
        this.problems.add(row, field, `'${form}' is spelled the same as '${this.slotForm[slot]!}' in row ${this.slotRow[slot]!}`);
      }
    }
    if (this.problems.count !== before) return;
    this.ids.set(entry.id, row);
    for (let i = 0; i < forms.length; i++) {
      this.spellings.set(keys[i]!, this.slotForm.length);
      this.slotForm.push(forms[i]!);
      this.slotRow.push(row);
    }
  }
}

function reportIssues(problems: Problems, row: number, issues: readonly z.core.$ZodIssue[], field: FieldName): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        // Already reported as forbidden by the caller.
        if (FORBIDDEN_KEYS.has(key)) continue;
        problems.add(row, key, `is not a field of an entry (the fields are ${USER_ENTRY_FIELDS.join(', ')})`);
      }
    } else {
      problems.add(row, field(issue.path), issue.message);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function reportForbiddenKeys(problems: Problems, row: number, value: Record<string, unknown>): void {
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) problems.add(row, key, 'is not allowed as a key');
  }
}

function readJson(text: string, problems: Problems): UserEntry[] {
  let data: unknown;
  try {
    // JSON.parse makes "__proto__" an own property, never the prototype, so parsing itself is safe.
    data = JSON.parse(text);
  } catch (error) {
    problems.add(0, '', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }

  let items: unknown[];
  if (Array.isArray(data)) {
    items = data;
  } else if (isRecord(data)) {
    reportForbiddenKeys(problems, 0, data);
    for (const key of Object.keys(data)) {
      if (key !== 'entries' && !FORBIDDEN_KEYS.has(key)) {
        problems.add(0, key, 'is not expected here; the file must be a list of entries or { "entries": [...] }');
      }
    }
    const list = Object.hasOwn(data, 'entries') ? data.entries : undefined;
    if (!Array.isArray(list)) {
      problems.add(0, 'entries', list === undefined ? 'is required: the list of entries' : `must be a list, not ${kindOf(list)}`);
      return [];
    }
    items = list;
  } else {
    problems.add(0, '', `the file must be a list of entries or { "entries": [...] }, not ${kindOf(data)}`);
    return [];
  }
  if (items.length === 0) {
    problems.add(0, '', 'the file has no entries');
    return [];
  }

  const entries: UserEntry[] = [];
  const unique = new Uniqueness(problems, false);
  for (let i = 0; i < items.length; i++) {
    const row = i + 1;
    const item = items[i];
    if (!isRecord(item)) {
      problems.add(row, '', `an entry must be an object, not ${kindOf(item)}`);
      continue;
    }
    const before = problems.count;
    reportForbiddenKeys(problems, row, item);
    const parsed = userEntrySchema.safeParse(item);
    if (!parsed.success) {
      reportIssues(problems, row, parsed.error.issues, jsonField);
      continue;
    }
    unique.check(row, parsed.data);
    if (problems.count === before) entries.push(parsed.data);
  }
  return entries;
}

function splitAliases(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

function readCsv(text: string, problems: Problems): UserEntry[] {
  const { records, problems: syntax } = parseCsv(text);
  const broken = new Set<number>();
  for (const p of syntax) {
    problems.add(p.record, '', p.message);
    broken.add(p.record);
  }

  const header = records[0] ?? [];
  const columns = new Map<string, number>();
  for (let i = 0; i < header.length; i++) {
    const raw = header[i]!;
    const name = raw.trim().toLowerCase();
    if (name === '') problems.add(0, '', `column ${i + 1} of the header has no name`);
    else if (!KNOWN_COLUMNS.has(name)) {
      problems.add(0, raw.trim(), `is not a known column (the columns are ${CSV_COLUMNS.join(', ')})`);
    } else if (columns.has(name)) problems.add(0, name, 'appears twice in the header');
    else columns.set(name, i);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  for (const c of missing) problems.add(0, c, 'the header must have this column');
  // Without a term or short column every row would fail the same way; one problem says it.
  if (missing.length > 0) return [];

  const entries: UserEntry[] = [];
  const unique = new Uniqueness(problems, true);
  let rows = 0;
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    // Editors leave blank lines and spreadsheets leave rows of empty cells at the end.
    if (record.every((c) => c.trim() === '')) continue;
    rows++;
    if (broken.has(r)) continue;
    if (record.length !== header.length) {
      problems.add(r, '', `has ${record.length} cells but the header has ${header.length}`);
      continue;
    }
    const cell = (name: CsvColumn): string | undefined => {
      const at = columns.get(name);
      return at === undefined ? undefined : record[at];
    };

    const before = problems.count;
    const term = cell('term') ?? '';
    const id = slugify(term);
    if (term.trim() !== '' && id === '') {
      problems.add(r, 'term', 'needs a letter a-z or a digit to make an id from (use JSON to give an id)');
    }
    const areaText = (cell('area') ?? '').trim();
    const area = areaText === '' ? DEFAULT_USER_AREA : slugify(areaText);
    if (area === '') problems.add(r, 'area', `'${areaText}' needs a letter a-z or a digit to make an area id from`);

    const parsed = userEntrySchema.safeParse({
      id,
      term,
      aliases: splitAliases(cell('aliases') ?? ''),
      areas: [area],
      short: cell('short') ?? '',
      body: cell('body') ?? '',
      related: [],
    });
    if (!parsed.success) {
      // A bad id or area is the slug of an empty or symbol-only cell, reported above or as the term's own problem.
      const issues = parsed.error.issues.filter((i) => i.path[0] !== 'id' && i.path[0] !== 'areas');
      reportIssues(problems, r, issues, csvField);
      continue;
    }
    if (problems.count !== before) continue;
    unique.check(r, parsed.data);
    if (problems.count === before) entries.push(parsed.data);
  }
  if (rows === 0) problems.add(0, '', 'the file has a header but no entries');
  return entries;
}
