import { addLookup } from './record';
import { HISTORY_MAX, type Lookup } from './schema';

/**
 * Look-ups the tail holds before it is folded into the archive. Storage rewrites a whole
 * value on every change: with the history in one value, each card opened rewrote up to
 * 2.5 MB; with the newest look-ups apart, it rewrites at most this many (about 100 KB), and
 * the archive once per this many look-ups.
 */
export const TAIL_MAX = 200;

/** The history as stored: the archive, rewritten rarely, then the tail, rewritten on every look-up. */
export interface Segments {
  archive: Lookup[];
  tail: Lookup[];
}

/**
 * The history a reader sees: archive then tail, oldest first, the newest HISTORY_MAX. The
 * two may hold up to TAIL_MAX more between foldings; no reader ever sees them.
 */
export function joinSegments({ archive, tail }: Segments, max = HISTORY_MAX): Lookup[] {
  const all = archive.length === 0 ? tail : tail.length === 0 ? archive : [...archive, ...tail];
  const ordered = all.every((e, i) => i === 0 || all[i - 1]!.at <= e.at) ? all : [...all].sort((a, b) => a.at - b.at);
  return ordered.length > max ? ordered.slice(ordered.length - max) : ordered;
}

export interface SegmentsAfter {
  segments: Segments;
  /** Whether the archive changed and must be written too (else only the tail). */
  archiveChanged: boolean;
}

/**
 * Adds a look-up as addLookup does (a recent repeat moves instead of adding), touching only
 * the tail when it can. The archive is rewritten, with the tail folded into it and cut to
 * HISTORY_MAX, when the tail is full or the repeat was in the archive.
 */
export function addToSegments(segments: Segments, next: Lookup, { tailMax = TAIL_MAX, max = HISTORY_MAX } = {}): SegmentsAfter {
  const { archive, tail } = segments;
  // No bound here: entries are only ever dropped when the archive is folded.
  const merged = addLookup([...archive, ...tail], next, { max: Infinity });
  // addLookup keeps every entry it does not move, so an untouched archive is still its prefix.
  const archiveIntact = archive.every((e, i) => merged[i] === e);
  const newTail = merged.slice(archive.length);
  if (archiveIntact && newTail.length <= tailMax) return { segments: { archive, tail: newTail }, archiveChanged: false };
  return { segments: { archive: merged.length > max ? merged.slice(merged.length - max) : merged, tail: [] }, archiveChanged: true };
}
