import { startOfDay } from './group';
import type { Lookup, Study } from './schema';

/** A term looked up more than this many times is offered for "I know this". */
export const SUGGEST_AFTER_LOOKUPS = 5;
/** A starred term, looked up more than this many times since it was starred, is offered too. */
export const SUGGEST_AFTER_STARRED_LOOKUPS = 2;
/**
 * On at least this many different days: a reader meeting a term ten times in one article has
 * read one article, not learnt the term.
 */
export const SUGGEST_MIN_DAYS = 2;

export interface Suggestion {
  term: string;
  /** Look-ups in the whole history. */
  lookups: number;
  /** Different days it was looked up on. */
  days: number;
  starred: boolean;
}

export interface SuggestInput {
  entries: readonly Lookup[];
  study: Study;
  /** Terms already marked "I know this" (settings.knownTerms). */
  known: readonly string[];
}

interface Tally {
  lookups: number;
  sinceStarred: number;
  days: Set<number>;
  daysSinceStarred: Set<number>;
}

/**
 * Terms the reader has met often enough to be asked whether they know them now: looked up
 * more than SUGGEST_AFTER_LOOKUPS times, or starred and looked up more than
 * SUGGEST_AFTER_STARRED_LOOKUPS times since, each on SUGGEST_MIN_DAYS days or more. Terms
 * already known or whose suggestion was turned down are never offered. Most looked up first.
 */
export function suggestKnown({ entries, study, known }: SuggestInput): Suggestion[] {
  const skip = new Set([...known, ...study.dismissed]);
  const starredAt = new Map(study.terms.map((t) => [t.id, t.at]));
  const tallies = new Map<string, Tally>();
  // Day numbers through local midnight, each worked out once per distinct day.
  let dayStart = Infinity;
  let dayEnd = -Infinity;
  for (const e of entries) {
    if (skip.has(e.term)) continue;
    if (e.at < dayStart || e.at >= dayEnd) {
      dayStart = startOfDay(e.at);
      dayEnd = startOfDay(e.at, -1);
    }
    let tally = tallies.get(e.term);
    if (!tally) tallies.set(e.term, (tally = { lookups: 0, sinceStarred: 0, days: new Set(), daysSinceStarred: new Set() }));
    tally.lookups++;
    tally.days.add(dayStart);
    const starred = starredAt.get(e.term);
    if (starred !== undefined && e.at >= starred) {
      tally.sinceStarred++;
      tally.daysSinceStarred.add(dayStart);
    }
  }
  const out: Suggestion[] = [];
  for (const [term, t] of tallies) {
    const often = t.lookups > SUGGEST_AFTER_LOOKUPS && t.days.size >= SUGGEST_MIN_DAYS;
    const studied = t.sinceStarred > SUGGEST_AFTER_STARRED_LOOKUPS && t.daysSinceStarred.size >= SUGGEST_MIN_DAYS;
    if (often || studied) out.push({ term, lookups: t.lookups, days: t.days.size, starred: starredAt.has(term) });
  }
  return out.sort((a, b) => b.lookups - a.lookups || a.term.localeCompare(b.term));
}
