import type { BrowserContext, Page } from '@playwright/test';
import { statsAfterFirstScan } from '../scripts/tab-message';

/** How long a traced load is followed: well past our last paint on either page. */
const TRACE_WINDOW_MS = 1500;

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One load of a page with Termlight, from the content script's own account (see `ours`). */
export interface OurLoad {
  busyMs: number;
  startupMs: number;
  walkMs: number;
  matchMs: number;
  sendMs: number;
  backgroundMatchMs: number;
  /** 1 when the background matched with WebAssembly. */
  backgroundWasm: number;
  firstScanMs: number;
  paintMs: number;
  longestSliceMs: number;
  marks: number;
  matches: number;
  words: number;
  /** The page's JS heap, in bytes. */
  heap: number;
}

/**
 * Our main-thread time to mark everything on a fresh load, from the content script's own
 * account: loading it (startupMs) plus its sliced scan and paint (busyMs). The matching
 * itself runs in the background (backgroundMatchMs), off the page's main thread; firstScanMs
 * is the wall time until every mark is painted.
 */
export async function ours(context: BrowserContext, url: string): Promise<OurLoad> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(url);
  const stats = await statsAfterFirstScan(worker, url);
  const marks = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await page.close();
  return { busyMs: stats?.busyMs ?? NaN, startupMs: stats?.startupMs ?? NaN, walkMs: stats?.walkMs ?? NaN, matchMs: stats?.matchMs ?? NaN, sendMs: stats?.sendMs ?? NaN, backgroundMatchMs: stats?.backgroundMatchMs ?? NaN, backgroundWasm: stats?.backgroundWasm ? 1 : 0, firstScanMs: stats?.firstScanMs ?? NaN, paintMs: stats?.paintMs ?? NaN, longestSliceMs: stats?.longestSliceMs ?? NaN, marks, matches: stats?.matches ?? NaN, words: stats?.words ?? NaN, heap };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string } & Record<string, unknown>;
}

/**
 * A fresh load of `url`, traced for TRACE_WINDOW_MS after it. Gives the engine's compile of
 * our content script (it happens before any of our code runs, so the script cannot time it
 * itself, yet the page pays it) and every task the page's main thread ran, whoever's: the
 * same page on a site we do not run on tells what we added, messaging and rendering included.
 */
export async function traced(context: BrowserContext, url: string): Promise<{ compileMs: number; mainThreadMs: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // CDP types trace events as string maps; they carry numbers (dur) and objects (args).
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'v8,devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForTimeout(TRACE_WINDOW_MS);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const compiles = events.filter((e) => e.name === 'v8.compile' && e.ph === 'X' && JSON.stringify(e.args ?? {}).includes('content-scripts/content.js'));
  const parse = events.find((e) => e.name === 'ParseHTML');
  const tasks = events.filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  const ms = (list: TraceEvent[]): number => list.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return { compileMs: compiles.length > 0 ? ms(compiles) : NaN, mainThreadMs: tasks.length > 0 ? ms(tasks) : NaN };
}

/** Runs `work` in a fresh page of a browser without the extension; returns its ms. */
export async function plain(context: BrowserContext, url: string, work: (page: Page) => Promise<number>): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const ms = await work(page);
  await page.close();
  return ms;
}

/** The JS heap of `url` loaded in `context` (a browser without the extension), in bytes. */
export function plainHeap(context: BrowserContext, url: string): Promise<number> {
  return plain(context, url, async (p) => {
    const cdp = await context.newCDPSession(p);
    await cdp.send('Performance.enable');
    return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  });
}
