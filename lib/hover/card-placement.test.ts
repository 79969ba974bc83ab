import { describe, expect, it } from 'vitest';
import { choosePlacement, markWeight, slides, type Box, type Candidate, type Mark } from './card-placement';

const VIEW = { width: 1200, height: 800 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
/** A mark far from the open one in reading order, unless a weight says otherwise. */
const mark = (left: number, top: number, width: number, height: number, weight = 1): Mark => ({ ...box(left, top, width, height), weight });
/** A card 300 × 160 for a term 80 px wide at (400, 400), in the four places the renderer tries. */
const places: Candidate<string>[] = [
  { placement: 'top-start', box: box(400, 220, 300, 160) },
  { placement: 'top-end', box: box(180, 220, 300, 160) },
  { placement: 'bottom-start', box: box(400, 440, 300, 160) },
  { placement: 'bottom-end', box: box(180, 440, 300, 160) },
];

describe('choosePlacement', () => {
  it('keeps the preferred place when it covers no mark', () => {
    expect(choosePlacement(places, [mark(900, 300, 60, 18)], VIEW)).toBe('top-start');
  });

  it('moves the card off the term above, the one a reader turning back goes to', () => {
    expect(choosePlacement(places, [mark(600, 300, 60, 18)], VIEW)).toBe('top-end');
  });

  it('goes below when every place above covers a mark', () => {
    expect(choosePlacement(places, [mark(600, 300, 60, 18), mark(200, 250, 60, 18)], VIEW)).toBe('bottom-start');
  });

  it('covers as few marks as it can when it must cover some', () => {
    const marks = [mark(600, 300, 60, 18), mark(200, 250, 60, 18), mark(450, 500, 40, 18), mark(550, 520, 40, 18), mark(200, 470, 40, 18), mark(300, 560, 40, 18)];
    expect(choosePlacement(places, marks, VIEW)).toBe('top-start');
  });

  it('would rather cut a card a little at the edge of the window than hide the next term', () => {
    const tight = places.map((c) => (c.placement.startsWith('bottom') ? { ...c, box: { ...c.box, top: 660, bottom: 820 } } : c));
    expect(choosePlacement(tight, [mark(600, 300, 60, 18, markWeight(1)), mark(200, 300, 60, 18, markWeight(1))], VIEW)).toBe('bottom-start');
  });

  it('picks a place that fits over one the viewport cuts, when both cover alike', () => {
    const nearTop = places.map((c) => (c.placement.startsWith('top') ? { ...c, box: { ...c.box, top: -40, bottom: 120 } } : c));
    expect(choosePlacement(nearTop, [mark(600, 500, 60, 18)], VIEW)).toBe('bottom-end');
  });

  it('spares the neighbours in reading order before marks further off', () => {
    // Above: the term just read (weight 8). Below: three marks further down the page.
    const marks = [mark(600, 300, 60, 18, markWeight(1)), mark(450, 500, 40, 18, markWeight(4)), mark(550, 520, 40, 18, markWeight(5)), mark(600, 560, 40, 18, markWeight(6))];
    expect(choosePlacement(places.filter((c) => c.placement.endsWith('start')), marks, VIEW)).toBe('bottom-start');
  });

  it('never picks a place the viewport cuts at the side', () => {
    const beside: Candidate<string>[] = [
      { placement: 'left-start', box: box(-260, 400, 300, 160) },
      { placement: 'right-start', box: box(500, 400, 300, 160) },
    ];
    expect(choosePlacement(beside, [mark(600, 420, 60, 18)], VIEW)).toBe('right-start');
  });

  it('has nothing to choose from an empty list', () => {
    expect(choosePlacement([], [], VIEW)).toBeUndefined();
  });
});

describe('slides', () => {
  const above = box(400, 220, 300, 160);

  it('moves the card just clear of a neighbour it would cover, either way, inside the window', () => {
    const neighbour = mark(600, 300, 60, 18, markWeight(1));
    expect(slides(above, [neighbour], 1200, markWeight(1))).toEqual([
      { dx: 268, box: box(668, 220, 300, 160) },
      { dx: -108, box: box(292, 220, 300, 160) },
    ]);
  });

  it('leaves marks further off alone, and never slides out of the window', () => {
    expect(slides(above, [mark(600, 300, 60, 18, markWeight(3))], 1200, markWeight(1))).toEqual([]);
    // Clear to the right would run past a 1000 px window: only the slide to the left is offered.
    expect(slides(above, [mark(650, 300, 60, 18, markWeight(1))], 1000, markWeight(1))).toEqual([{ dx: -58, box: box(342, 220, 300, 160) }]);
  });
});
