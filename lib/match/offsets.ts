/**
 * A block's text is its text nodes' data joined; `starts[k]` is where node k begins.
 * These map an offset in the joined text back to (node index, offset in node).
 */

/** Where a match starts: the node that holds the character at `offset`. */
export function locateStart(starts: readonly number[], offset: number): { node: number; offset: number } {
  const k = lastAtOrBefore(starts, offset, false);
  return { node: k, offset: offset - starts[k]! };
}

/** Where a match ends: the node that holds the character just before `offset`. */
export function locateEnd(starts: readonly number[], offset: number): { node: number; offset: number } {
  const k = lastAtOrBefore(starts, offset, true);
  return { node: k, offset: offset - starts[k]! };
}

/** Last index k with starts[k] <= offset (or < offset when `strict`), at least 0. */
function lastAtOrBefore(starts: readonly number[], offset: number, strict: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid]!;
    if (strict ? s < offset : s <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The match covering `offset` in a sorted, non-overlapping list, if any. */
export function matchAt<M extends { start: number; end: number }>(matches: readonly M[], offset: number): M | undefined {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}
