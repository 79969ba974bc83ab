/**
 * Where the card goes among the places Floating UI can put it: the card should not hide
 * other marked terms, since those are where a reader's pointer goes next, in either
 * direction (a reader who turns back to the term above must not find the card on it).
 */

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A mark the card should not cover, weighted by how likely the pointer goes there next. */
export interface Mark extends Box {
  weight: number;
}

/**
 * The weight of a mark `distance` marks away from the open one in reading order: the
 * neighbours either side are where a reader goes next (on, or back), so covering one of
 * them costs more than covering a screenful of marks further off (a dense docs page puts
 * twenty under a card wherever it goes).
 */
export function markWeight(distance: number): number {
  return distance <= 1 ? 100 : distance === 2 ? 10 : 1;
}

export interface Candidate<P> {
  placement: P;
  /** Where the card would stand there. */
  box: Box;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** How much of the card the viewport's edges would cut off, in px. */
function cutOff(box: Box, viewport: { width: number; height: number }): number {
  return Math.max(0, -box.top) + Math.max(0, box.bottom - viewport.height) + Math.max(0, -box.left) + Math.max(0, box.right - viewport.width);
}

/**
 * The candidate to use, given in order of preference: the one that costs least, where
 * every pixel the viewport cuts off costs 1 and every mark covered costs its weight; between
 * equals, the earlier. A card a few pixels short at the window's edge is better than one
 * over the term the reader moves to next; one cut in half is not.
 */
export function choosePlacement<P>(candidates: readonly Candidate<P>[], marks: readonly Mark[], viewport: { width: number; height: number }): P | undefined {
  let best: { placement: P; cost: number } | undefined;
  for (const { placement, box } of candidates) {
    const cost = cutOff(box, viewport) + marks.reduce((n, mark) => (overlaps(box, mark) ? n + mark.weight : n), 0);
    if (!best || cost < best.cost) best = { placement, cost };
  }
  return best?.placement;
}

/** Room kept between a slid card and the mark it clears, and between a card and the window's edge. */
const GAP = 8;

/**
 * The card above or below its term, slid sideways just clear of each neighbour it would
 * cover (to the neighbour's right, or to its left), inside the window: `dx` is how far it
 * moved. When both sides of the line would hide the term the reader goes to next, a card
 * a little off to the side beats one beside the term, which hides the line being read.
 */
export function slides(box: Box, marks: readonly Mark[], viewportWidth: number, minWeight: number): { dx: number; box: Box }[] {
  const width = box.right - box.left;
  const out: { dx: number; box: Box }[] = [];
  for (const mark of marks) {
    if (mark.weight < minWeight || !overlaps(box, mark)) continue;
    for (const left of [mark.right + GAP, mark.left - GAP - width]) {
      const clamped = Math.min(Math.max(left, GAP), viewportWidth - GAP - width);
      if (clamped === box.left || clamped !== left) continue;
      out.push({ dx: clamped - box.left, box: { ...box, left: clamped, right: clamped + width } });
    }
  }
  return out;
}
