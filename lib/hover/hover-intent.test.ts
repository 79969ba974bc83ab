import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent, SWITCH_MS, cardSide } from './hover-intent';

const DWELL = 300;
const GRACE = 250;

/** A reader's pointer over a page of terms named by string; records what the card does. */
function setup(options: { dwell?: number; pinned?: () => boolean } = {}) {
  const log: string[] = [];
  const intent = new HoverIntent<string>({
    timers: { set: (fn, ms) => setTimeout(fn, ms) as unknown as number, clear: (id) => clearTimeout(id) },
    dwellMs: () => options.dwell ?? DWELL,
    switchMs: () => SWITCH_MS,
    graceMs: GRACE,
    same: (a, b) => a === b,
    keepOpen: options.pinned ?? (() => false),
    show: (hit) => log.push(`show ${hit}`),
    // The card host reports every close back, as the content script wires it.
    hide: () => {
      log.push('hide');
      intent.closed();
    },
  });
  const on = (hit: string | undefined) => intent.pointerAt(hit, false);
  const overCard = () => intent.pointerAt(undefined, true);
  return { intent, log, on, overCard };
}

describe('the hover card under a moving pointer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a term after the dwell, and not when the pointer only passes over it', () => {
    const { log, on } = setup();
    on('gamma');
    vi.advanceTimersByTime(DWELL - 1);
    on(undefined);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    expect(log).toEqual(['show gamma']);
  });

  it('swaps to the next term the pointer moves straight onto and rests on (the grace period ends before the dwell)', () => {
    const { log, on } = setup({ dwell: 300 });
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    on('delta');
    // One move, then stillness: no further events arrive.
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show gamma', 'show delta']);
  });

  it('keeps the open card while the pointer rests on the next term, then swaps after the shorter wait', () => {
    const { log, on } = setup();
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    on('delta');
    vi.advanceTimersByTime(SWITCH_MS - 1);
    expect(log).toEqual(['show gamma']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show gamma', 'show delta']);
  });

  it('opens the next term after leaving to a blank for less than the grace period', () => {
    const { log, on } = setup();
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    on(undefined);
    vi.advanceTimersByTime(100);
    on('delta');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show gamma', 'show delta']);
  });

  it('goes term, card, term: the card stays while the pointer is on it, and the next term opens', () => {
    const { log, on, overCard } = setup();
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    on(undefined);
    overCard();
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['show gamma']);
    on('delta');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show gamma', 'show delta']);
  });

  it('never swaps during a sweep that rests nowhere, and closes once after it', () => {
    const { log, on } = setup();
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    for (const term of ['a', undefined, 'b', 'c', undefined, 'd', 'e']) {
      on(term);
      vi.advanceTimersByTime(40);
    }
    on(undefined);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show gamma', 'hide']);
  });

  it('closes after the grace period once the pointer leaves everything', () => {
    const { log, on } = setup();
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    on(undefined);
    vi.advanceTimersByTime(GRACE - 1);
    expect(log).toEqual(['show gamma']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show gamma', 'hide']);
  });

  it('keeps a pinned card when the pointer leaves', () => {
    let pinned = false;
    const { log, on } = setup({ pinned: () => pinned });
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    pinned = true;
    on(undefined);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['show gamma']);
  });

  it('after the reader closes the card (Esc), the same term opens again on the next rest', () => {
    const { intent, log, on } = setup();
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    intent.closed();
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    expect(log).toEqual(['show gamma', 'show gamma']);
  });

  it('the reader closing the card cancels an open that was about to happen', () => {
    const { intent, log, on } = setup();
    on('gamma');
    vi.advanceTimersByTime(DWELL);
    on('delta');
    intent.closed();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show gamma']);
  });

  it('a card opened from the keyboard closes when the pointer later leaves a term', () => {
    const { intent, log, on } = setup();
    intent.opened('gamma');
    on('gamma');
    on(undefined);
    vi.advanceTimersByTime(GRACE);
    expect(log).toEqual(['hide']);
  });

  it('visits terms in any order by single moves and always ends on the last one rested on', () => {
    const { log, on } = setup();
    const terms = ['a', 'b', 'c', 'd', 'e', 'f'];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let i = 0; i < 60; i++) {
      const term = terms[next() % terms.length]!;
      if (next() % 3 === 0) {
        on(undefined);
        vi.advanceTimersByTime(next() % 200);
      }
      on(term);
      vi.advanceTimersByTime(1000);
      expect(log.at(-1)).toBe(`show ${term}`);
    }
  });
});

describe('the side of its term a card opens on', () => {
  it('opens above the first term, so the lines the reader goes on to stay visible', () => {
    expect(cardSide(400, undefined)).toBe('top');
  });
  it('stays above while the reader moves down the page', () => {
    expect(cardSide(430, { lineTop: 400, side: 'top' })).toBe('top');
    expect(cardSide(430, { lineTop: 400, side: 'bottom' })).toBe('top');
  });
  it('goes below when the reader moves back up the page', () => {
    expect(cardSide(370, { lineTop: 400, side: 'top' })).toBe('bottom');
  });
  it('keeps the side it had for a term on the same line', () => {
    expect(cardSide(403, { lineTop: 400, side: 'bottom' })).toBe('bottom');
  });
});
