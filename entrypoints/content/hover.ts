import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverIntent, SWITCH_MS } from '../../lib/hover/hover-intent';
import type { Hit } from './hit-test';

export interface HoverOptions {
  /** How long the pointer must rest on a term before the card opens (read at each hover). */
  delayMs: () => number;
  /** How long the card survives the pointer leaving it and the term. */
  graceMs: number;
  hitTest(x: number, y: number): Hit | undefined;
  /**
   * Whether the pointer is over our card (which then stays open): from the event's path,
   * or, after a scroll moved the page under a still pointer, from what lies at its point.
   */
  isOverCard(event: PointerEvent, byPoint: boolean): boolean;
  /** A pinned card, or one opened from the keyboard, is not closed by the pointer. */
  keepOpen(): boolean;
  show(hit: Hit): void;
  /** The pointer came to rest on a term: the card may be needed after the delay. */
  intent?(hit: Hit): void;
  hide(): void;
}

function sameHit(a: Hit, b: Hit): boolean {
  return a.scanned === b.scanned && a.match.start === b.match.start;
}

export interface HoverWatch {
  /** The card was closed by other means (Esc, its close button): start afresh. */
  forget(): void;
  /** The card was opened for `hit` by other means (the keyboard). */
  opened(hit: Hit | undefined): void;
}

/**
 * Feeds the pointer to the hover state machine (lib/hover/hover-intent.ts): one hit test
 * per frame, and again after a scroll, which moves the page under a resting pointer
 * without any pointer event. Every listener and timer is owned by `ctx`.
 */
export function watchHover(ctx: ContentScriptContext, options: HoverOptions): HoverWatch {
  const intent = new HoverIntent<Hit>({
    timers: { set: (fn, ms) => ctx.setTimeout(fn, ms), clear: (id) => clearTimeout(id) },
    dwellMs: options.delayMs,
    switchMs: () => SWITCH_MS,
    graceMs: options.graceMs,
    same: sameHit,
    keepOpen: () => options.keepOpen(),
    intent: (hit) => options.intent?.(hit),
    show: (hit) => options.show(hit),
    hide: () => options.hide(),
  });
  let frame: number | undefined;
  let last: PointerEvent | undefined;
  /** Read while the event is dispatched: afterwards its path is empty. */
  let lastOverCard = false;
  /** The page moved under a still pointer since its last event: the event's path is stale. */
  let scrolled = false;

  const evaluate = (): void => {
    frame = undefined;
    const event = last;
    if (!event) return;
    const overCard = scrolled ? options.isOverCard(event, true) : lastOverCard;
    intent.pointerAt(overCard ? undefined : options.hitTest(event.clientX, event.clientY), overCard);
  };

  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      // Synthetic pointer events from the page do not open cards.
      if (!event.isTrusted) return;
      last = event;
      lastOverCard = options.isOverCard(event, false);
      scrolled = false;
      // One hit test per frame however fast the pointer moves.
      frame ??= ctx.requestAnimationFrame(evaluate);
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(
    document,
    'scroll',
    () => {
      if (!last || last.pointerType === 'touch') return;
      scrolled = true;
      frame ??= ctx.requestAnimationFrame(evaluate);
    },
    { passive: true, capture: true },
  );
  return {
    forget: () => intent.closed(),
    opened: (hit) => intent.opened(hit),
  };
}
