import { browser } from 'wxt/browser';
import { startedEventName } from './started-event';

/**
 * What instances of this content script in one frame share: they run in one isolated
 * world, which the page cannot reach.
 */
const world = globalThis as { termlightRunning?: boolean; termlightStarting?: number };

/**
 * Called while the content script's module is evaluated: before WXT builds the context
 * whose "started" event tells older instances in the frame to stop.
 */
export function announceStart(): void {
  world.termlightStarting = (world.termlightStarting ?? 0) + 1;
}

/**
 * Makes this instance the frame's one running Termlight (the manifest and a runtime
 * registration may both match a page); undefined if another already runs. The returned
 * function gives the frame up, when WXT invalidates this instance's context.
 *
 * WXT stops an older instance when a newer one dispatches a "started" event on the
 * document. The page can dispatch that event too (its name holds only our public
 * extension id) and would switch Termlight off. While this instance runs, the event goes
 * through only when an instance of ours announced itself, or when this one is orphaned
 * (the extension was reloaded); any other is stopped before WXT hears it. Call from
 * main(), once this instance's own event has gone out.
 */
export function claimFrame(): (() => void) | undefined {
  if (world.termlightRunning) return undefined;
  world.termlightRunning = true;
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
  return () => {
    world.termlightRunning = false;
    window.removeEventListener(type, listener, { capture: true });
  };
}
