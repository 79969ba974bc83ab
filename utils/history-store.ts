import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { parseDigest, type HistoryDigest } from '../lib/history/digest';
import { HISTORY_MIGRATIONS, STUDY_MIGRATIONS } from '../lib/history/migrations';
import { EMPTY_STUDY, HISTORY_VERSION, STUDY_VERSION, parseHistory, parseStudy, type Lookup, type Study } from '../lib/history/schema';
import { joinSegments, type Segments } from '../lib/history/segments';

/** Where the study list lives: the content script reads it by key, without defining the item. */
export const STUDY_KEY = 'local:study';
/**
 * The "Recent" digest (lib/history/digest.ts), written beside the history by its one writer.
 * Not versioned: it is a copy that can always be made again, and a reader that cannot parse
 * it reads the history instead.
 */
export const DIGEST_KEY = 'local:historyDigest';

type RawItem = WxtStorageItem<unknown, Record<string, unknown>>;
const items = new Map<string, RawItem>();

/** A history segment's item: both segments share the version and the migrations. */
function historyPart(key: 'local:history' | 'local:historyTail'): RawItem {
  let item = items.get(key);
  if (!item) items.set(key, (item = storage.defineItem<unknown>(key, { fallback: '{"entries":[]}', version: HISTORY_VERSION, migrations: HISTORY_MIGRATIONS })));
  return item;
}

/**
 * What the reader looked up, in local storage only: it holds page addresses and is far too
 * big for sync storage. Two segments (lib/history/segments.ts), each JSON text parsed on every
 * read, as settings are. Defined on first use, not on import: defining a versioned item reads
 * it at once (to migrate it), and the background, woken for every page it matches, must not
 * read megabytes each time.
 */
export const historyItem = (): RawItem => historyPart('local:history');
export const historyTailItem = (): RawItem => historyPart('local:historyTail');

/** The reader's study list and the suggestions they turned down. */
export function studyItem(): RawItem {
  let item = items.get(STUDY_KEY);
  if (!item) items.set(STUDY_KEY, (item = storage.defineItem<unknown>(STUDY_KEY, { fallback: EMPTY_STUDY, version: STUDY_VERSION, migrations: STUDY_MIGRATIONS })));
  return item;
}

export async function loadSegments(): Promise<Segments> {
  const [archive, tail] = await Promise.all([historyItem().getValue(), historyTailItem().getValue()]);
  return { archive: parseHistory(archive).value, tail: parseHistory(tail).value };
}

export async function loadHistory(): Promise<Lookup[]> {
  return joinSegments(await loadSegments());
}

export async function loadStudy(): Promise<Study> {
  return parseStudy(await studyItem().getValue()).value;
}

/** Calls back with the whole history whenever either segment changes. */
export function watchHistory(callback: (entries: Lookup[]) => void): () => void {
  const reload = (): void => void loadHistory().then(callback);
  const stops = [historyItem().watch(reload), historyTailItem().watch(reload)];
  return () => stops.forEach((stop) => stop());
}

export function watchStudy(callback: (study: Study) => void): () => void {
  return studyItem().watch((raw) => callback(parseStudy(raw).value));
}

/** The stored digest, or undefined when there is none or it cannot be read. */
export async function loadDigest(): Promise<HistoryDigest | undefined> {
  return readDigest(await storage.getItem<unknown>(DIGEST_KEY));
}

export function watchDigest(callback: (digest: HistoryDigest | undefined) => void): () => void {
  return storage.watch<unknown>(DIGEST_KEY, (raw) => callback(readDigest(raw)));
}

/** What one change of the history writes: always the tail and the digest, the archive when it changed. */
export interface HistoryWrite {
  tail: string;
  archive?: string;
  digest: HistoryDigest;
}

/**
 * Stores a change of the history and its digest in one write, so a reader never finds one
 * without the other. The digest is JSON text too: storage hands a string over several times
 * faster than the same data as objects.
 */
export async function saveHistory({ tail, archive, digest }: HistoryWrite): Promise<void> {
  await storage.setItems([
    { item: historyTailItem(), value: tail },
    ...(archive === undefined ? [] : [{ item: historyItem(), value: archive }]),
    { key: DIGEST_KEY, value: JSON.stringify(digest) },
  ]);
  // setItems writes no version: without one, a later version would take these for version 1.
  await Promise.all([historyItem().setMeta({ v: HISTORY_VERSION }), historyTailItem().setMeta({ v: HISTORY_VERSION })]);
}

function readDigest(raw: unknown): HistoryDigest | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    return parseDigest(JSON.parse(raw));
  } catch {
    return undefined;
  }
}
