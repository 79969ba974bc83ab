// zod's mini build, as for settings and messages: the background parses the history on every
// lookup it records, and the popup on every opening of "Recent".
import * as z from 'zod/mini';
import { termIdSchema } from '../glossary/ids';

/** Version of the stored history (`local:history`); see migrations.ts for how it moves on. */
export const HISTORY_VERSION = 1;
/** Version of the stored study list (`local:study`). */
export const STUDY_VERSION = 1;

/** The most lookups kept: the oldest go first. About 2.5 MB at the longest sentences. */
export const HISTORY_MAX = 5000;
/** The most characters of page text kept around a looked-up term. */
export const SENTENCE_MAX = 300;
export const URL_MAX = 2048;
export const TITLE_MAX = 300;
/** The most terms on the study list, and the most suggestions a reader can turn down. */
export const STUDY_MAX = 5000;

/** How a card was opened: resting the pointer, the keyboard walk, or a look-up (menu or shortcut). */
export const VIAS = ['hover', 'keyboard', 'menu'] as const;
export type Via = (typeof VIAS)[number];

/**
 * The fields of a look-up a content script reports (lib/messages.ts: `termlight:record-lookup`);
 * the background adds the time. Shared, so the message and the stored entry cannot drift apart.
 */
export const reportedFields = () => ({
  /** The glossary entry the card showed (bundled or the reader's own). */
  term: termIdSchema,
  /** The sentence around the term on the page, whitespace collapsed, at most SENTENCE_MAX. */
  sentence: z.string().check(z.maxLength(SENTENCE_MAX)),
  /** Where the words the reader looked up sit in `sentence`, [start, end); absent if cut off. */
  span: z.optional(z.tuple([z.int().check(z.minimum(0)), z.int().check(z.minimum(0))])),
  url: z.string().check(z.maxLength(URL_MAX)),
  title: z.string().check(z.maxLength(TITLE_MAX)),
  via: z.enum(VIAS),
});

let lookup: ReturnType<typeof buildLookupSchema> | undefined;

const buildLookupSchema = () =>
  z.object({
    ...reportedFields(),
    /** When, in ms since the epoch. */
    at: z.int().check(z.positive()),
  });

/** One card opened on a page. */
export type Lookup = z.output<ReturnType<typeof buildLookupSchema>>;

/** The schema of one stored look-up; readLookup() below is its fast twin for whole histories. */
export function lookupSchema(): ReturnType<typeof buildLookupSchema> {
  return (lookup ??= buildLookupSchema());
}

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isOffset = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/**
 * lookupSchema() written out by hand, for reading a whole stored history: the popup reads
 * 5,000 entries each time "Recent" opens, and zod (jitless under the extension's CSP) took
 * tens of milliseconds over them cold. `schema.property.test.ts` holds the two to the same
 * verdict and the same output on any input.
 */
export function readLookup(raw: unknown): Lookup | undefined {
  if (!isRecord(raw)) return undefined;
  const { term, at, sentence, span, url, title, via } = raw;
  if (typeof term !== 'string' || !TERM_ID.test(term)) return undefined;
  if (!Number.isSafeInteger(at) || (at as number) <= 0) return undefined;
  if (typeof sentence !== 'string' || sentence.length > SENTENCE_MAX) return undefined;
  if (typeof url !== 'string' || url.length > URL_MAX || typeof title !== 'string' || title.length > TITLE_MAX) return undefined;
  if (via !== 'hover' && via !== 'keyboard' && via !== 'menu') return undefined;
  const entry: Lookup = { term, at: at as number, sentence, url, title, via };
  if (span === undefined) return entry;
  if (!Array.isArray(span) || span.length !== 2 || !isOffset(span[0]) || !isOffset(span[1])) return undefined;
  return { ...entry, span: [span[0], span[1]] };
}

/** A term on the reader's study list and when it was starred. */
export interface Starred {
  id: string;
  at: number;
}

export interface Study {
  /** Oldest first. */
  terms: Starred[];
  /** Terms the reader said they do not yet know when offered "I know this" (suggest.ts). */
  dismissed: string[];
}

export const EMPTY_STUDY: Readonly<Study> = { terms: [], dismissed: [] };

/** What reading a stored value found: every entry that parsed, and how many did not. */
export interface Parsed<T> {
  value: T;
  /** Entries dropped because they did not fit the schema (a corrupt or hand-edited store). */
  dropped: number;
}

/** JSON.parse that gives undefined for text that is not JSON. */
function fromJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads the stored history entry by entry: one corrupt entry costs only itself. Sorted
 * oldest first and cut to the newest HISTORY_MAX, whatever was stored. Takes the JSON text
 * historyValue() stores, or the same value as an object.
 */
export function parseHistory(stored: unknown): Parsed<Lookup[]> {
  const raw = typeof stored === 'string' ? fromJson(stored) : stored;
  const list = isRecord(raw) && Array.isArray(raw.entries) ? (raw.entries as unknown[]) : [];
  const entries: Lookup[] = [];
  let sorted = true;
  for (const item of list) {
    const entry = readLookup(item);
    if (!entry) continue;
    // A span that does not fit its sentence would bold the wrong words: keep the entry, drop the span.
    if (entry.span && !(entry.span[0] < entry.span[1] && entry.span[1] <= entry.sentence.length)) delete entry.span;
    if (entries.length > 0 && entries[entries.length - 1]!.at > entry.at) sorted = false;
    entries.push(entry);
  }
  // Stable: lookups recorded in one millisecond keep their order.
  if (!sorted) entries.sort((a, b) => a.at - b.at);
  // A stored value that is not a history at all counts as one dropped entry: nothing stored is not.
  const unreadable = stored !== undefined && stored !== null && list.length === 0 && !(isRecord(raw) && Array.isArray(raw.entries)) ? 1 : 0;
  const dropped = unreadable + list.length - entries.length;
  return { value: entries.length > HISTORY_MAX ? entries.slice(-HISTORY_MAX) : entries, dropped };
}

/** Reads the stored study list: unknown or repeated ids and bad times are dropped one by one. */
export function parseStudy(raw: unknown): Parsed<Study> {
  if (!isRecord(raw)) return { value: { terms: [], dismissed: [] }, dropped: raw === undefined || raw === null ? 0 : 1 };
  let dropped = 0;
  const seen = new Set<string>();
  const terms: Starred[] = [];
  for (const item of Array.isArray(raw.terms) ? (raw.terms as unknown[]) : []) {
    const id = isRecord(item) ? item.id : undefined;
    const at = isRecord(item) ? item.at : undefined;
    if (typeof id !== 'string' || !termIdSchema.safeParse(id).success || seen.has(id) || typeof at !== 'number' || !Number.isInteger(at) || at <= 0) {
      dropped++;
      continue;
    }
    seen.add(id);
    terms.push({ id, at });
  }
  const dismissed = new Set<string>();
  for (const id of Array.isArray(raw.dismissed) ? (raw.dismissed as unknown[]) : []) {
    if (typeof id === 'string' && termIdSchema.safeParse(id).success && !dismissed.has(id)) dismissed.add(id);
    else dropped++;
  }
  return { value: { terms: terms.slice(-STUDY_MAX), dismissed: [...dismissed].slice(-STUDY_MAX) }, dropped };
}

/**
 * The value stored for a history segment (segments.ts): `{ entries }` as JSON text. Text, not
 * objects: Chromium's storage.local handed a 5,000-entry history to a page in 75-100 ms as
 * objects and in 20-30 ms as one string, which JSON.parse then read in 3 (measured here in
 * Chromium 156 while building this).
 */
export function historyValue(entries: readonly Lookup[]): string {
  return JSON.stringify({ entries });
}
