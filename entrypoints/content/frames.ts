import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Bodies of same-origin frames, read by the top frame so "On this page" covers them. */
export function sameOriginFrameBodies(): HTMLElement[] {
  return [...document.querySelectorAll('iframe')].flatMap((frame) => {
    try {
      const body = frame.contentDocument?.body;
      return body ? [body] : [];
    } catch {
      return [];
    }
  });
}

/** Hands the body of each same-origin frame that loads later to `onBody`, so it is read when it does. */
export function watchFrameLoads(ctx: ContentScriptContext, onBody: (body: HTMLElement) => void): void {
  ctx.addEventListener(document, 'load', (event) => {
    const frame = event.target;
    if (!(frame instanceof HTMLIFrameElement)) return;
    try {
      const body = frame.contentDocument?.body;
      if (body) onBody(body);
    } catch {
      // Cross-origin: its own content script, if any, handles it.
    }
  }, { capture: true });
}
