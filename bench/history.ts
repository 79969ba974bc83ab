/**
 * The bench's history row: how long the popup's "Recent" tab takes to open over a full
 * history (5,000 look-ups, the bound), in Chromium with the built extension. The history is
 * seeded through the service worker, as the extension stores it; each round opens a fresh
 * popup page, as a reader's click does, and times the tab from the click to its rows being
 * on screen (the next frame after they are in the DOM): reading the history from storage,
 * parsing it, grouping it and rendering it.
 *
 * Runs on its own too: `npx tsx bench/history.ts` (TERMLIGHT_EXTENSION_DIR picks the build).
 */
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDigest } from '../lib/history/digest';
import { HISTORY_MAX, HISTORY_VERSION, historyValue, type Lookup } from '../lib/history/schema';
import { chromiumPath } from '../scripts/browser-path';
import { mulberry32 } from './text';

/** The part of the extension API the seeding uses, in the service worker. */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> } } };

const ROUNDS = 9;
export const HISTORY_GOAL_MS = 50;

export interface HistoryBench {
  entries: number;
  /** Bytes of the history as stored (JSON). */
  bytes: number;
  /** Click on "Recent" to its rows painted, median of ROUNDS fresh popups. */
  recentMs: number;
  /** The slowest round. */
  recentMaxMs: number;
  /** The same with no digest, the popup reading the whole history (its fallback). */
  fallbackMs: number;
  /** One look-up recorded into the full history, in the background, from report to stored. */
  recordMs: number;
}

/** A full history as a reader could have made it: 60 days, 40 sites, sentences near the 300-character cap. */
export function syntheticHistory(termIds: readonly string[], now: number, count = HISTORY_MAX): Lookup[] {
  const rand = mulberry32(19);
  const words = ['the', 'pool', 'price', 'of', 'a', 'token', 'moves', 'when', 'traders', 'swap', 'against', 'liquidity', 'providers', 'and', 'fees', 'accrue', 'over', 'time'];
  const entries: Lookup[] = [];
  const span = 60 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const term = termIds[Math.floor(rand() * termIds.length)]!;
    const length = 120 + Math.floor(rand() * 170);
    let before = '';
    while (before.length < length / 2) before += `${words[Math.floor(rand() * words.length)]} `;
    let after = '';
    while (after.length < length / 2) after += ` ${words[Math.floor(rand() * words.length)]}`;
    const sentence = `${before}${term}${after}.`.slice(0, 300);
    const site = Math.floor(rand() * 40);
    entries.push({
      term,
      // Oldest first, the last ones today.
      at: now - span + Math.floor((span * (i + 1)) / count),
      sentence,
      span: [before.length, before.length + term.length],
      url: `https://site${site}.example.org/articles/${Math.floor(rand() * 200)}/a-longer-slug-for-the-article?ref=feed`,
      title: `Article ${Math.floor(rand() * 200)} on site ${site}: a title of ordinary length`,
      via: 'hover',
    });
  }
  return entries;
}

/**
 * Runs in the popup: clicks "Recent" and resolves to the ms until the frame that shows its
 * rows (rows in the DOM are not yet rows on screen). A string, not a function: tsx would
 * wrap a function's inner names in a helper the page does not have.
 */
const TIME_RECENT = `new Promise((resolve) => {
  const tab = [...document.querySelectorAll('[role="tab"]')].find((b) => b.textContent === 'Recent');
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.recent .lookup')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  tab.click();
})`;

/** Runs in an extension page: reports one look-up and resolves to the ms until the background answers. */
const timeRecord = (term: string, i: number): string => `(async () => {
  const t0 = performance.now();
  const stored = await chrome.runtime.sendMessage({ type: 'termlight:record-lookup', term: ${JSON.stringify(term)}, sentence: 'Bench sentence ${i}.', url: 'https://bench.example/${i}', title: 'Bench', via: 'hover' });
  if (stored !== true) throw new Error('the background did not record the look-up');
  return performance.now() - t0;
})()`;

export async function runHistoryBench(extensionDir: string, termIds: readonly string[]): Promise<HistoryBench> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const now = Date.now();
    const entries = syntheticHistory(termIds, now);
    const stored = historyValue(entries);
    // What the background's writer stores (entrypoints/background/history-service.ts), under
    // the keys @wxt-dev/storage gives `local:history` and the digest.
    await worker.evaluate(
      async ([history, digest, version]) => {
        await chrome.storage.local.set({ history, history$: { v: version }, historyDigest: digest });
      },
      [stored, JSON.stringify(buildDigest(entries, now)), HISTORY_VERSION] as const,
    );
    const rounds = async (): Promise<number[]> => {
      const samples: number[] = [];
      for (let round = 0; round < ROUNDS + 1; round++) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${id}/popup.html`);
        await page.getByRole('combobox', { name: 'Search the glossary' }).waitFor();
        const ms = await page.evaluate<number>(TIME_RECENT);
        // The first round warms the browser's own caches for the extension's files.
        if (round > 0) samples.push(ms);
        await page.close();
      }
      return samples.sort((a, b) => a - b);
    };
    const withDigest = await rounds();
    // Recording: a look-up reported from a tab (here an extension page in one, which the
    // background accepts as it does a content script's), answered once history and digest are stored.
    const reporter = await context.newPage();
    await reporter.goto(`chrome-extension://${id}/popup.html`);
    const recordSamples: number[] = [];
    for (let i = 0; i < 5; i++) recordSamples.push(await reporter.evaluate<number>(timeRecord(termIds[i % termIds.length]!, i)));
    await reporter.close();
    await worker.evaluate(async () => chrome.storage.local.remove(['historyDigest']));
    const fallback = await rounds();
    const median = (xs: number[]): number => xs[Math.floor(xs.length / 2)]!;
    return {
      entries: entries.length,
      bytes: stored.length,
      recentMs: median(withDigest),
      recentMaxMs: withDigest.at(-1)!,
      fallbackMs: median(fallback),
      recordMs: median(recordSamples.sort((a, b) => a - b)),
    };
  } finally {
    await context.close();
  }
}

export function printHistoryRow(result: HistoryBench): void {
  console.log(`\n| popup "Recent" tab over a full history | look-ups | stored | click -> rows painted, median of ${ROUNDS} fresh popups | slowest | without the digest (reading the whole history) | goal |`);
  console.log('|---|---|---|---|---|---|---|');
  console.log(
    `| ms | ${result.entries} | ${(result.bytes / 1e6).toFixed(2)} MB | ${result.recentMs.toFixed(1)} | ${result.recentMaxMs.toFixed(1)} | ${result.fallbackMs.toFixed(1)} | <= ${HISTORY_GOAL_MS} |`,
  );
  console.log(`recording one look-up into that history: ${result.recordMs.toFixed(0)} ms in the background (read, add, write the history and its digest; median of 5), off every page's main thread`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { checkGlossary } = await import('../lib/glossary/check');
  const { readGlossarySources } = await import('../scripts/glossary-source');
  const ids = checkGlossary(readGlossarySources()).glossary.entries.map((e) => e.id);
  const dir = process.env.TERMLIGHT_EXTENSION_DIR ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3');
  printHistoryRow(await runHistoryBench(dir, ids));
}
