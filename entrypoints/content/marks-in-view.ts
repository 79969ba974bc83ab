import { markWeight, type Mark } from '../../lib/hover/card-placement';
import { rangeOf, type FoundTerm } from './page-scan';

/** Marks looked at on either side of the open one: a card covers a screenful at most. */
const MAX_EACH_WAY = 40;
/** Marks past the window's edge in a row before the look stops (a sidebar may come first). */
const PAST_EDGE = 3;

/**
 * The boxes, in viewport coordinates, of the marked terms in view around `current` (itself
 * left out), weighted by their distance from it in reading order: what its card should not
 * cover. Walks out from it in document order and
 * stops once marks run off the window, so a page with thousands of marks costs no more.
 */
export function marksInView(marked: readonly FoundTerm[], current: FoundTerm): Mark[] {
  const at = marked.findIndex((f) => f.scanned === current.scanned && f.match.start === current.match.start);
  if (at < 0) return [];
  const boxes: Mark[] = [];
  for (const step of [-1, 1]) {
    let past = 0;
    for (let i = at + step, n = 0; i >= 0 && i < marked.length && n < MAX_EACH_WAY && past < PAST_EDGE; i += step, n++) {
      const found = marked[i]!;
      let seen = false;
      for (const r of rangeOf(found.scanned, found.match).getClientRects()) {
        if (r.bottom <= 0 || r.top >= innerHeight || r.width === 0) continue;
        seen = true;
        boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, weight: markWeight(n + 1) });
      }
      past = seen ? 0 : past + 1;
    }
  }
  return boxes;
}
