import { browser } from 'wxt/browser';
import { startedEventName } from './started-event';

/** Shared by every instance of this content script in the frame: they run in one isolated world. */
const world = globalThis as { termlightStarting?: number };

/**
 * Called while the content script's module is evaluated: before WXT builds the context
 * whose "started" event tells older instances in the frame to stop.
 */
export function announceStart(): void {
  world.termlightStarting = (world.termlightStarting ?? 0) + 1;
}

/**
 * WXT stops an older instance of a content script when a newer one dispatches a "started"
 * event on the document. The page can dispatch that event too (its name holds only our
 * public extension id) and would switch Termlight off. This lets it through only when an
 * instance of ours announced itself in our world, which the page cannot reach, or when this
 * one is orphaned (the extension was reloaded); any other is stopped before WXT hears it.
 * Call from main(), once this instance's own event has gone out.
 */
export function guardStart(): () => void {
  world.termlightStarting = 0;
  const type = startedEventName(browser.runtime.id, import.meta.env.ENTRYPOINT);
  const listener = (event: Event): void => {
    // An orphaned content script (its extension reloaded) loses runtime.id, whatever the types say.
    if ((browser.runtime as { id?: string } | undefined)?.id === undefined) return;
    if ((world.termlightStarting ?? 0) > 0) {
      world.termlightStarting = 0;
      return;
    }
    event.stopImmediatePropagation();
  };
  // Capturing on the window runs before WXT's listener on the document.
  window.addEventListener(type, listener, { capture: true });
  return () => window.removeEventListener(type, listener, { capture: true });
}
