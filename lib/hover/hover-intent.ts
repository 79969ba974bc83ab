/**
 * When the hover card opens, switches and closes, as a pure state machine: the content
 * script feeds it what is under the pointer, and it calls back `show` and `hide`.
 *
 * Three rules a reader feels:
 * - Resting on a term opens its card after the dwell; passing over it opens nothing.
 * - While a card is open, resting on another term swaps the card after a shorter wait, and
 *   the old card stays until then: the pointer in flight between two terms never finds
 *   the page bare, and a swap is never lost to the old card's closing.
 * - Leaving terms and card for the grace period closes the card; coming back within it
 *   (to the card, its term or another term) keeps or swaps it.
 */

/** A timer source: the content script passes its context's timers, tests fake ones. */
export interface Timers {
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

export interface HoverIntentOptions<H> {
  timers: Timers;
  /** Rest on a term before its card opens, when no card is open (read at each rest). */
  dwellMs(): number;
  /** Rest on another term before the open card swaps to it. */
  switchMs(): number;
  /** How long the card survives the pointer leaving it and every term. */
  graceMs: number;
  same(a: H, b: H): boolean;
  /** A pinned card is not closed by the pointer. */
  keepOpen(): boolean;
  /** The pointer came to rest on a term: its card may be needed after the wait. */
  intent?(hit: H): void;
  show(hit: H): void;
  hide(): void;
}

/** The longest wait to swap an open card for another term's: a menu's pace, not a dwell. */
export const SWITCH_MS = 120;

export class HoverIntent<H> {
  private shown: H | undefined;
  private pending: H | undefined;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  /** Set while this machine closes the card, so the host's "closed" echo is not taken as the reader's. */
  private closing = false;

  constructor(private readonly options: HoverIntentOptions<H>) {}

  /** The term under the pointer now (undefined for none), and whether the pointer is over the card. */
  pointerAt(hit: H | undefined, overCard: boolean): void {
    if (overCard || (hit !== undefined && this.shown !== undefined && this.options.same(hit, this.shown))) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (hit === undefined) {
      this.cancelOpen();
      this.scheduleClose();
      return;
    }
    if (this.pending !== undefined && this.options.same(hit, this.pending)) return;
    this.cancelOpen();
    // The open card stays while the pointer rests on the next term; it swaps, never blinks.
    this.cancelClose();
    this.pending = hit;
    this.options.intent?.(hit);
    const wait = this.shown === undefined ? this.options.dwellMs() : Math.min(this.options.dwellMs(), this.options.switchMs());
    this.openTimer = this.options.timers.set(() => this.open(), wait);
  }

  /**
   * The card was closed by the reader (Esc, its close button) or by the page going away:
   * start afresh. A close this machine made itself is ignored here.
   */
  closed(): void {
    if (this.closing) return;
    this.shown = undefined;
    this.cancelOpen();
    this.cancelClose();
  }

  /** The card opened by other means (keyboard, look-up): the pointer may close it as usual. */
  opened(hit: H | undefined): void {
    this.cancelOpen();
    this.cancelClose();
    this.shown = hit;
  }

  /** What the card shows, as far as the pointer is concerned. */
  get current(): H | undefined {
    return this.shown;
  }

  private open(): void {
    this.openTimer = undefined;
    const hit = this.pending;
    this.pending = undefined;
    if (hit === undefined) return;
    this.cancelClose();
    this.shown = hit;
    this.options.show(hit);
  }

  private scheduleClose(): void {
    if (this.shown === undefined || this.closeTimer !== undefined || this.options.keepOpen()) return;
    this.closeTimer = this.options.timers.set(() => {
      this.closeTimer = undefined;
      // Pinned while the timer ran: the reader wants it to stay.
      if (this.options.keepOpen()) return;
      this.shown = undefined;
      this.closing = true;
      try {
        this.options.hide();
      } finally {
        this.closing = false;
      }
    }, this.options.graceMs);
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) this.options.timers.clear(this.openTimer);
    this.openTimer = undefined;
    this.pending = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) this.options.timers.clear(this.closeTimer);
    this.closeTimer = undefined;
  }
}

export type CardSide = 'top' | 'bottom';

/**
 * Which side of its term a card goes: away from where the reader is heading. Reading on
 * (to the right, or down the page), the next terms lie below, so the card goes above;
 * moving back up the page, it goes below. On the same line the last choice stands.
 * `lineTop` is the term's line in page coordinates; `previous` the last card's line and side.
 */
export function cardSide(lineTop: number, previous: { lineTop: number; side: CardSide } | undefined): CardSide {
  if (previous === undefined) return 'top';
  // Half a line either way is still the same line.
  if (Math.abs(lineTop - previous.lineTop) < 8) return previous.side;
  return lineTop > previous.lineTop ? 'top' : 'bottom';
}
