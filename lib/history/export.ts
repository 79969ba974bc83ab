import type { EntryResponse } from '../messages';
import { latestByTerm } from './group';
import type { Lookup, Study } from './schema';

/** What is exported: the study list (one row or note per starred term) or the whole history. */
export type ExportScope = 'study' | 'history';
/** A CSV file or an Anki package. */
export type ExportFormat = 'csv' | 'apkg';

/** A term to export with where it was met: the row of a CSV, the note of an Anki deck. */
export interface ExportItem {
  entry: EntryResponse;
  /** The look-up whose sentence and page go with it; absent for a term starred but never looked up. */
  lookup?: Lookup;
  /** When: the look-up's time, else when the term was starred. */
  at: number;
}

export interface ExportInput {
  scope: ExportScope;
  /** The history, oldest first. */
  entries: readonly Lookup[];
  study: Study;
  /** The full entry of a term id; terms no longer in any glossary are left out. */
  entry: (id: string) => EntryResponse | undefined;
}

/** The term ids an export needs entries for, each once. */
export function exportTermIds({ scope, entries, study }: Omit<ExportInput, 'entry'>): string[] {
  return scope === 'study' ? study.terms.map((t) => t.id) : [...new Set(entries.map((e) => e.term))];
}

/**
 * One item per term: the study list in the order it was starred, or every term of the history
 * in the order first looked up; each with its newest look-up.
 */
export function itemsPerTerm({ scope, entries, study, entry }: ExportInput): ExportItem[] {
  const latest = latestByTerm(entries);
  const out: ExportItem[] = [];
  const list = scope === 'study' ? study.terms : [...new Map(entries.map((e) => [e.term, { id: e.term, at: e.at }])).values()];
  for (const { id, at } of list) {
    const full = entry(id);
    if (!full) continue;
    const lookup = latest.get(id);
    out.push(lookup ? { entry: full, lookup, at: lookup.at } : { entry: full, at });
  }
  return out;
}

/** One item per look-up, oldest first: a history exported as a log. */
export function itemsPerLookup({ entries, entry }: Pick<ExportInput, 'entries' | 'entry'>): ExportItem[] {
  const out: ExportItem[] = [];
  for (const lookup of entries) {
    const full = entry(lookup.term);
    if (full) out.push({ entry: full, lookup, at: lookup.at });
  }
  return out;
}

/** The items a CSV export holds: per term for the study list, per look-up for the history. */
export function csvItems(input: ExportInput): ExportItem[] {
  return input.scope === 'study' ? itemsPerTerm(input) : itemsPerLookup(input);
}

/** "2026-12-07 21:05", in local time: what a spreadsheet reads as a date and a person as one. */
export function formatDate(at: number): string {
  const d = new Date(at);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A file name for an export made at `at`: termlight-study-2026-12-07.csv. */
export function exportFileName(scope: ExportScope, at: number, extension: 'csv' | 'apkg'): string {
  return `termlight-${scope}-${formatDate(at).slice(0, 10)}.${extension}`;
}
