import type { Lookup } from './schema';

/** What a list of terms shows of a look-up: when, and the sentence (not the page, which its site says). */
export type Seen = Pick<Lookup, 'term' | 'at' | 'sentence' | 'span'>;

/** The part of a look-up a term list keeps: half its size, which the popup reads in its digest. */
export function seen({ term, at, sentence, span }: Lookup): Seen {
  return span ? { term, at, sentence, span } : { term, at, sentence };
}

/** One term in a part of the history: how often it was looked up there, and the latest time. */
export interface TermGroup {
  term: string;
  count: number;
  /** The newest look-up: its sentence and time are what the list shows. */
  last: Seen;
}

export interface SiteGroup {
  site: string;
  /** Look-ups on the site. */
  count: number;
  /** Its terms, latest first, at most `perSite`. */
  terms: TermGroup[];
  /** Distinct terms looked up there, listed or not. */
  distinct: number;
}

/** What the popup's "Recent" tab shows. */
export interface RecentView {
  /** Terms looked up since midnight, latest first. */
  today: TermGroup[];
  /** Terms looked up in the six days before today and not today, latest first. */
  week: TermGroup[];
  /** Every site of the history, the one looked at latest first. */
  sites: SiteGroup[];
  /** Look-ups in the whole history. */
  total: number;
}

export interface ViewLimits {
  /** Most terms listed under today and under this week. */
  terms?: number;
  /** Most sites listed. */
  sites?: number;
  /** Most terms listed per site. */
  perSite?: number;
}

/** Midnight, local time, of the day `now` falls in, `daysBack` days earlier. */
export function startOfDay(now: number, daysBack = 0): number {
  const d = new Date(now);
  // Through the calendar, not 24-hour steps: a day across a clock change is 23 or 25 hours.
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysBack).getTime();
}

const HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)/i;

/** The site a page belongs to, as the reader names it: its host without "www.". */
export function siteOfUrl(url: string): string {
  const host = HOST.exec(url)?.[1];
  return host ? host.toLowerCase().replace(/^www\./, '') : (/^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? 'unknown').toLowerCase();
}

/** Groups look-ups (newest first) by term, in the order each term was last looked up. */
class TermTally {
  private byTerm = new Map<string, TermGroup>();
  add(entry: Lookup): void {
    const group = this.byTerm.get(entry.term);
    if (group) group.count++;
    else this.byTerm.set(entry.term, { term: entry.term, count: 1, last: seen(entry) });
  }
  get size(): number {
    return this.byTerm.size;
  }
  list(limit: number): TermGroup[] {
    const out: TermGroup[] = [];
    for (const group of this.byTerm.values()) {
      if (out.length >= limit) break;
      out.push(group);
    }
    return out;
  }
}

/**
 * The "Recent" tab from the history (oldest first, as stored): today, the rest of the last
 * seven days, and every site. The popup reads it from a digest (digest.ts) made by the same
 * rules; this is the reference the digest is tested against, and its fallback.
 */
export function recentView(entries: readonly Lookup[], now: number, limits: ViewLimits = {}): RecentView {
  const today = new TermTally();
  const week = new TermTally();
  const midnight = startOfDay(now);
  const weekStart = startOfDay(now, 6);
  for (let i = entries.length - 1; i >= 0 && entries[i]!.at >= weekStart; i--) {
    const entry = entries[i]!;
    (entry.at >= midnight ? today : week).add(entry);
  }
  const terms = limits.terms ?? 50;
  return { today: today.list(terms), week: week.list(terms), sites: recentSites(entries, limits), total: entries.length };
}

/** Every site of the history, the one looked at latest first, each page's site worked out once. */
export function recentSites(entries: readonly Lookup[], { sites = 30, perSite = 12 }: ViewLimits = {}): SiteGroup[] {
  const bySite = new Map<string, { count: number; tally: TermTally }>();
  const siteCache = new Map<string, string>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    let site = siteCache.get(entry.url);
    if (site === undefined) siteCache.set(entry.url, (site = siteOfUrl(entry.url)));
    let group = bySite.get(site);
    if (!group) bySite.set(site, (group = { count: 0, tally: new TermTally() }));
    group.count++;
    group.tally.add(entry);
  }
  const out: SiteGroup[] = [];
  for (const [site, group] of bySite) {
    if (out.length >= sites) break;
    out.push({ site, count: group.count, terms: group.tally.list(perSite), distinct: group.tally.size });
  }
  return out;
}

/** Look-ups per term over the whole history. */
export function countByTerm(entries: readonly Lookup[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.term, (counts.get(e.term) ?? 0) + 1);
  return counts;
}

/** The newest look-up of each term. */
export function latestByTerm(entries: readonly Lookup[]): Map<string, Lookup> {
  const latest = new Map<string, Lookup>();
  for (const e of entries) latest.set(e.term, e);
  return latest;
}

/**
 * Look-ups, newest first, whose term name, sentence, page title or address contain every
 * word of `query` (case and accents aside). `name` gives a term id's name.
 */
export function searchHistory(entries: readonly Lookup[], query: string, name: (id: string) => string): Lookup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const out: Lookup[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (words.length === 0) {
      out.push(e);
      continue;
    }
    const haystack = fold(`${name(e.term)} ${e.term} ${e.sentence} ${e.title} ${e.url}`);
    if (words.every((w) => haystack.includes(w))) out.push(e);
  }
  return out;
}

/** Lower case without accents, for matching what a reader types. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
