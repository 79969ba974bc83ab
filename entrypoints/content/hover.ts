import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Hit } from './hit-test';

export interface HoverOptions {
  /** How long the pointer must rest on a term before the card opens (read at each hover). */
  delayMs: () => number;
  /** How long the card survives the pointer leaving it and the term. */
  graceMs: number;
  hitTest(x: number, y: number): Hit | undefined;
  /** Whether the event happened over our card (which then stays open). */
  isOverCard(event: PointerEvent): boolean;
  /** A pinned card, or one opened from the keyboard, is not closed by the pointer. */
  keepOpen(): boolean;
  show(hit: Hit): void;
  /** The pointer came to rest on a term: the card may be needed after the delay. */
  intent?(hit: Hit): void;
  hide(): void;
}

function sameHit(a: Hit | undefined, b: Hit | undefined): boolean {
  return a !== undefined && b !== undefined && a.scanned === b.scanned && a.match.start === b.match.start;
}

export interface HoverWatch {
  /** The card was closed by other means (Esc, its close button): start afresh. */
  forget(): void;
}

/** Dwell-to-open, leave-to-close hover logic; every listener and timer is owned by `ctx`. */
export function watchHover(ctx: ContentScriptContext, options: HoverOptions): HoverWatch {
  let pending: Hit | undefined;
  let shown: Hit | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let frame: number | undefined;
  let last: PointerEvent | undefined;

  const cancelOpen = (): void => {
    if (openTimer !== undefined) clearTimeout(openTimer);
    openTimer = undefined;
    pending = undefined;
  };
  const cancelClose = (): void => {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  };

  const evaluate = (): void => {
    frame = undefined;
    const event = last;
    if (!event) return;
    if (options.isOverCard(event)) {
      cancelOpen();
      cancelClose();
      return;
    }
    const hit = options.hitTest(event.clientX, event.clientY);
    if (sameHit(hit, shown)) {
      cancelOpen();
      cancelClose();
      return;
    }
    if (!sameHit(hit, pending)) {
      cancelOpen();
      if (hit) {
        pending = hit;
        options.intent?.(hit);
        openTimer = ctx.setTimeout(() => {
          openTimer = undefined;
          cancelClose();
          shown = pending;
          pending = undefined;
          if (shown) options.show(shown);
        }, options.delayMs());
      }
    }
    if (shown && closeTimer === undefined && !options.keepOpen()) {
      closeTimer = ctx.setTimeout(() => {
        closeTimer = undefined;
        // Pinned while the timer ran: the reader wants it to stay.
        if (options.keepOpen()) return;
        shown = undefined;
        options.hide();
      }, options.graceMs);
    }
  };

  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      // Synthetic pointer events from the page do not open cards.
      if (!event.isTrusted) return;
      last = event;
      // One hit test per frame however fast the pointer moves.
      frame ??= ctx.requestAnimationFrame(evaluate);
    },
    { passive: true, capture: true },
  );
  return {
    forget() {
      shown = undefined;
      cancelOpen();
      cancelClose();
    },
  };
}
