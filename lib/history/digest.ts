import { recentSites, seen, startOfDay, type RecentView, type Seen, type SiteGroup, type TermGroup, type ViewLimits } from './group';
import { readLookup, type Lookup } from './schema';

/** Days a digest keeps by day: today and the six before it, the popup's "today" and "this week". */
export const DIGEST_DAYS = 7;

/** One local day of look-ups, each term once. */
export interface DigestDay {
  /** Local midnight that starts the day, in ms. */
  start: number;
  /** Its terms, latest first, every one (a day holds few). */
  terms: TermGroup[];
}

/**
 * What the popup's "Recent" tab needs, kept beside the history by its one writer: the last
 * week and a dozen terms per site, without pages' addresses or titles (a sixth of the bench's
 * full history). Built when the history is written, and still right when read days later
 * (viewOfDigest drops the days that have left the week).
 */
export interface HistoryDigest {
  /** The last seven days up to the write, newest first. */
  days: DigestDay[];
  /** Every site of the history, limited as the view is. */
  sites: SiteGroup[];
  total: number;
}

/** The digest of a history (oldest first) written at `now`. */
export function buildDigest(entries: readonly Lookup[], now: number, limits: ViewLimits = {}): HistoryDigest {
  const oldest = startOfDay(now, DIGEST_DAYS - 1);
  const days: DigestDay[] = [];
  let day: { start: number; tally: Map<string, TermGroup> } | undefined;
  for (let i = entries.length - 1; i >= 0 && entries[i]!.at >= oldest; i--) {
    const e = entries[i]!;
    if (!day || e.at < day.start) {
      if (day) days.push({ start: day.start, terms: [...day.tally.values()] });
      day = { start: startOfDay(e.at), tally: new Map() };
    }
    const group = day.tally.get(e.term);
    if (group) group.count++;
    else day.tally.set(e.term, { term: e.term, count: 1, last: seen(e) });
  }
  if (day) days.push({ start: day.start, terms: [...day.tally.values()] });
  return { days, sites: recentSites(entries, limits), total: entries.length };
}

/** Terms of several days, each once: counts added, the newest look-up kept, latest first. */
function merge(days: readonly DigestDay[], limit: number): TermGroup[] {
  const byTerm = new Map<string, TermGroup>();
  // Days are newest first and each day's terms latest first: the first sight of a term is its newest.
  for (const day of days) {
    for (const g of day.terms) {
      const seen = byTerm.get(g.term);
      if (seen) seen.count += g.count;
      else byTerm.set(g.term, { ...g });
    }
  }
  return [...byTerm.values()].sort((a, b) => b.last.at - a.last.at).slice(0, limit);
}

/** The "Recent" view at `now` from a digest written at or before `now`: the same as recentView of the history. */
export function viewOfDigest(digest: HistoryDigest, now: number, { terms = 50 }: ViewLimits = {}): RecentView {
  const midnight = startOfDay(now);
  const weekStart = startOfDay(now, 6);
  return {
    today: merge(digest.days.filter((d) => d.start === midnight), terms),
    week: merge(digest.days.filter((d) => d.start >= weekStart && d.start < midnight), terms),
    sites: digest.sites,
    total: digest.total,
  };
}

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** What a group keeps of a look-up, checked as a whole look-up is (lib/history/schema.ts). */
function readSeen(raw: unknown): Seen | undefined {
  const lookup = isRecord(raw) ? readLookup({ ...raw, url: '', title: '', via: 'hover' }) : undefined;
  return lookup && seen(lookup);
}

/** A term group as stored, checked; undefined if any part is off. */
function readGroup(raw: unknown): TermGroup | undefined {
  if (!isRecord(raw) || typeof raw.term !== 'string' || !Number.isSafeInteger(raw.count) || (raw.count as number) < 1) return undefined;
  const last = readSeen(raw.last);
  return last && last.term === raw.term ? { term: raw.term, count: raw.count as number, last } : undefined;
}

function readGroups(raw: unknown): TermGroup[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: TermGroup[] = [];
  for (const item of raw as unknown[]) {
    const group = readGroup(item);
    if (!group) return undefined;
    out.push(group);
  }
  return out;
}

/**
 * Reads a stored digest, all or nothing: it is a copy the writer can make again, and a
 * reader that finds it damaged reads the history itself instead.
 */
export function parseDigest(raw: unknown): HistoryDigest | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.days) || !Array.isArray(raw.sites) || !Number.isSafeInteger(raw.total)) return undefined;
  const days: DigestDay[] = [];
  for (const d of raw.days as unknown[]) {
    const terms = isRecord(d) && Number.isSafeInteger(d.start) ? readGroups(d.terms) : undefined;
    if (!terms || !isRecord(d)) return undefined;
    days.push({ start: d.start as number, terms });
  }
  const sites: SiteGroup[] = [];
  for (const s of raw.sites as unknown[]) {
    const terms = isRecord(s) ? readGroups(s.terms) : undefined;
    if (!terms || !isRecord(s) || typeof s.site !== 'string' || !Number.isSafeInteger(s.count) || !Number.isSafeInteger(s.distinct)) return undefined;
    sites.push({ site: s.site, count: s.count as number, distinct: s.distinct as number, terms });
  }
  return { days, sites, total: raw.total as number };
}
