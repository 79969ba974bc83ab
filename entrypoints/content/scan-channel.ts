import { browser, type Browser } from 'wxt/browser';
import { SCAN_PORT, readScanPortAnswer } from '../../lib/messages';

/** How long an idle port stays open: a page that keeps changing rescans every 50 ms or so. */
const IDLE_MS = 2000;

/**
 * Sends texts to the background's matcher over one port, kept open while answers are
 * pending and for IDLE_MS after. A port costs the page less per batch than a message of its own: sending 1 MB
 * in 16 batches took about 7 ms of the page's main thread against about 13 ms.
 * Resolves to the raw reply, or to undefined if the background could not answer.
 */
export function createScanChannel(): (texts: string[]) => Promise<unknown> {
  let port: Browser.runtime.Port | undefined;
  let nextId = 0;
  const pending = new Map<number, (reply: unknown) => void>();
  let idle: ReturnType<typeof setTimeout> | undefined;
  // Opening a port per rescan cost a page that changes all the time about a fifth more
  // main thread per rescan than reusing one.
  const closeWhenIdle = (opened: Browser.runtime.Port): void => {
    idle = setTimeout(() => {
      idle = undefined;
      if (port !== opened || pending.size > 0) return;
      port = undefined;
      opened.disconnect();
    }, IDLE_MS);
  };

  const open = (): Browser.runtime.Port => {
    const opened = browser.runtime.connect({ name: SCAN_PORT });
    opened.onMessage.addListener((raw: unknown) => {
      const answer = readScanPortAnswer(raw);
      const resolve = answer && pending.get(answer.id);
      if (!answer || !resolve) return;
      const { id, reply } = answer;
      pending.delete(id);
      resolve(reply);
      if (pending.size === 0 && port === opened) closeWhenIdle(opened);
    });
    // The background went away (stopped, or the extension reloaded): what was asked finds nothing.
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = undefined;
      for (const resolve of pending.values()) resolve(undefined);
      pending.clear();
    });
    return opened;
  };

  return (texts) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      if (idle !== undefined) clearTimeout(idle);
      idle = undefined;
      try {
        (port ??= open()).postMessage({ type: SCAN_PORT, id, texts });
      } catch {
        pending.delete(id);
        resolve(undefined);
      }
    });
}
