import AxeBuilder from '@axe-core/playwright';
import type { Download, Page, Worker } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseHistory, parseStudy, type Lookup, type Study } from '../../lib/history/schema';
import { joinSegments } from '../../lib/history/segments';

/** What the extension stored under `local:history` and `local:study`, read from its service worker. */
async function storedLocal(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get(k))[k];
  }, key);
}

/** The history as readers see it: both stored segments (lib/history/segments.ts) joined. */
export async function storedHistory(worker: Worker): Promise<Lookup[]> {
  const [archive, tail] = await Promise.all([storedLocal(worker, 'history'), storedLocal(worker, 'historyTail')]);
  return joinSegments({ archive: parseHistory(archive).value, tail: parseHistory(tail).value });
}

export async function storedStudy(worker: Worker): Promise<Study> {
  return parseStudy(await storedLocal(worker, 'study')).value;
}

/** The bytes of a finished download. */
export async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Clicks `button` and waits for the download it starts. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await click();
  const download = await started;
  return { name: download.suggestedFilename(), bytes: await downloaded(download) };
}

/**
 * Opens the first marked term's card in the tab showing `url` from the service worker, the
 * way the next-term shortcut does; true once the card opened. Works in a private window,
 * which Playwright's pages cannot reach.
 */
export async function walkInTab(worker: Worker, url: string): Promise<boolean> {
  return worker.evaluate(async (u) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
    };
    // Tab addresses are hidden without the "tabs" permission: each tab's content script says
    // which page it shows. It starts at document_idle and scans first, so it is given time.
    for (let attempt = 0; attempt < 50; attempt++) {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const who = (await chrome.tabs.sendMessage(tab.id, { type: 'termlight:page-terms' }).catch(() => undefined)) as { url?: string; terms?: unknown[] } | undefined;
        if (who?.url !== u || !who.terms?.length) continue;
        if ((await chrome.tabs.sendMessage(tab.id, { type: 'termlight:walk', direction: 1 })) === true) return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  }, url);
}

/** Serious or critical accessibility problems axe finds on the page as it is now. */
export async function seriousA11y(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
