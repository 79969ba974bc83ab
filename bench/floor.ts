/**
 * The page's cost against the floor: the built extension against one whose content script
 * is empty (the least any extension that runs on every page costs), on a real-size docs page
 * at a built-in crypto site and on an ordinary page of the same size at a site Termlight does
 * not know, in everywhere mode, where the gate reads a sample and stops. Measured side by
 * side in one run, interleaved, each load on a fresh page: the renderer's main-thread
 * TaskDuration (CDP Performance.getMetrics) a fixed time after the load, with and without.
 *
 * Run alone: `npm run bench:floor` (TERMLIGHT_EXTENSION_DIR picks another build).
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScanStats } from '../lib/messages';
import { chromiumPath } from '../scripts/browser-path';
import { allSitesCopy, turnOnEverywhere } from '../scripts/everywhere';
import { statsAfterFirstScan } from '../scripts/tab-message';
import { docsPage, ordinaryPage } from './floor-pages';

const BUILT = process.env.TERMLIGHT_EXTENSION_DIR ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3');
/** How long after "load" a page is left before its main-thread time is read: well past our last work on it. */
const SETTLE_MS = 2000;
const RUNS = 9;
/** Characters of text on each page: the 40k docs page of the goal. */
const PAGE_CHARS = 40_000;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// On a shared machine a load now and then takes several times as long as its neighbours:
// the fastest load of each side is printed beside the medians, as the less disturbed estimate.
const fastest = (xs: readonly number[]): number => Math.min(...xs);

/** An MV3 extension whose content script is empty and runs on every page: the floor. */
function emptyExtension(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'termlight-floor-'));
  writeFileSync(join(path, 'content.js'), '');
  writeFileSync(
    join(path, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle', all_frames: true }],
    }),
  );
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

async function launch(extension: string, pages: ReadonlyMap<string, string>): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const body = pages.get(url);
    if (body) return route.fulfill({ contentType: 'text/html', body });
    return url.startsWith('chrome-extension:') ? route.continue() : route.abort();
  });
  return context;
}

/** Main-thread ms of one fresh load of `url`, SETTLE_MS after its load event. */
async function taskMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

export interface FloorRow {
  page: string;
  /** Medians, ms of the renderer's main thread. */
  oursMs: number;
  floorMs: number;
  ratio: number;
  /** The fastest load of each side, and their ratio. */
  oursFastestMs: number;
  floorFastestMs: number;
  fastestRatio: number;
  goal: number;
  /** The content script's own account of one load, read after the timed runs. */
  gate: ScanStats['gate'] | 'no answer';
  blocks: number;
  busyMs: number;
}

export async function runFloorBench(): Promise<FloorRow[]> {
  const cases = [
    { page: `${PAGE_CHARS / 1000}k-char docs page, built-in site`, url: 'https://docs.ethereum.org/termlight-floor/docs.html', html: docsPage(PAGE_CHARS), goal: 2 },
    { page: `${PAGE_CHARS / 1000}k-char ordinary page, unknown site, everywhere mode`, url: 'https://town-guide.example/visit/ordinary.html', html: ordinaryPage(PAGE_CHARS), goal: 1.5 },
  ];
  const pages = new Map(cases.map((c) => [c.url, c.html]));
  const termlight = allSitesCopy(BUILT);
  const empty = emptyExtension();
  const ours = await launch(termlight.path, pages);
  const floor = await launch(empty.path, pages);
  try {
    const worker = ours.serviceWorkers()[0] ?? (await ours.waitForEvent('serviceworker'));
    await turnOnEverywhere(worker);
    // One untimed round: the first load of each context compiles and caches what later ones reuse.
    for (const c of cases) {
      await taskMs(ours, c.url);
      await taskMs(floor, c.url);
    }
    const runs = cases.map(() => ({ ours: [] as number[], floor: [] as number[] }));
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so a drift in the machine's speed hits both alike.
      for (const [k, c] of cases.entries()) {
        runs[k]!.ours.push(await taskMs(ours, c.url));
        runs[k]!.floor.push(await taskMs(floor, c.url));
      }
    }
    const rows: FloorRow[] = [];
    for (const [k, c] of cases.entries()) {
      const page = await ours.newPage();
      await page.goto(c.url);
      const stats = await statsAfterFirstScan(worker, c.url);
      await page.close();
      const oursMs = median(runs[k]!.ours);
      const floorMs = median(runs[k]!.floor);
      const oursFastestMs = fastest(runs[k]!.ours);
      const floorFastestMs = fastest(runs[k]!.floor);
      rows.push({ page: c.page, oursMs, floorMs, ratio: oursMs / floorMs, oursFastestMs, floorFastestMs, fastestRatio: oursFastestMs / floorFastestMs, goal: c.goal, gate: stats?.gate ?? 'no answer', blocks: stats?.blocks ?? 0, busyMs: (stats?.startupMs ?? NaN) + (stats?.busyMs ?? NaN) });
    }
    return rows;
  } finally {
    await ours.close();
    await floor.close();
    termlight.remove();
    empty.remove();
  }
}

export function printFloorRows(rows: readonly FloorRow[]): void {
  const f = (n: number, d = 1): string => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log(`\nPage cost against the floor (an extension whose content script is empty), renderer main-thread TaskDuration ${SETTLE_MS / 1000} s after load, median of ${RUNS} interleaved fresh loads:`);
  console.log('| page | Termlight ms | empty script ms | ratio to floor | fastest loads, ms (ratio) | goal | gate | blocks read | our own account (load + busy) ms |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.page} | ${f(r.oursMs)} | ${f(r.floorMs)} | ${f(r.ratio, 2)}× | ${f(r.oursFastestMs)} / ${f(r.floorFastestMs)} (${f(r.fastestRatio, 2)}×) | ≤ ${r.goal}× | ${r.gate} | ${r.blocks} | ${f(r.busyMs)} |`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printFloorRows(await runFloorBench());
