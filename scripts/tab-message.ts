import type { Worker } from '@playwright/test';

/**
 * Sends a message, from the extension's service worker, to the content script of the tab
 * showing `url`. Without the "tabs" permission tab URLs are hidden, so every tab is asked
 * which page it shows. Returns undefined when no content script answers for that URL.
 */
export async function messageTabShowing(worker: Worker, url: string, message: object): Promise<unknown> {
  return worker.evaluate(
    async ([u, m]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
      };
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const who = (await chrome.tabs.sendMessage(tab.id, { type: 'termlight:page-terms' }).catch(() => undefined)) as { url?: string } | undefined;
        if (who?.url === u) return { answered: true, reply: await chrome.tabs.sendMessage(tab.id, m) };
      }
      return { answered: false, reply: undefined };
    },
    [url, message] as const,
  ).then(({ answered, reply }) => {
    if (!answered) throw new Error(`no content script answered for ${url}`);
    return reply;
  });
}
