/**
 * The browser half of npm run bench: the built extension on a generated 1 MB article and a
 * 200,000-node page in real Chromium, against what a reader could use instead (mark.js,
 * one big RegExp wrapping matches in <mark>) and the floor (a TreeWalker that only reads
 * every text node). Pages are served through Playwright's router; nothing leaves the machine.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../scripts/browser-path';
import type { ScanStats } from '../lib/messages';
import { messageTabShowing, statsAfterFirstScan } from '../scripts/tab-message';
import { generateText } from './text';

const ROOT = join(import.meta.dirname, '..');
// TERMLIGHT_EXTENSION_DIR measures another build (e.g. `wxt build --mode NAME` writes .output/chrome-mv3-NAME).
const EXTENSION = process.env.TERMLIGHT_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
const ORIGIN = 'https://docs.ethereum.org/termlight-bench';
/** The same pages on a site Termlight does not run on: the page's own cost, in the same browser. */
const QUIET_ORIGIN = 'https://quiet.example/termlight-bench';
/** How long a traced load is followed: well past our last paint on either page. */
const TRACE_WINDOW_MS = 1500;
const RUNS = 7;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function articleHtml(forms: readonly string[], chars: number): string {
  const text = generateText(forms, chars, 11);
  const paragraphs = text.split(/\n\n/);
  return `<!doctype html><meta charset="utf-8"><title>bench</title><body>${paragraphs
    .map((p, i) => `${i % 20 === 0 ? `<h2>Section ${i / 20 + 1}</h2>` : ''}<p>${p.replace(/[&<>]/g, ' ')}</p>`)
    .join('\n')}</body>`;
}

function nodesHtml(forms: readonly string[], nodes: number): string {
  const rows: string[] = [];
  // Each row is a div, two spans and their text: about 5 nodes.
  for (let i = 0; i < nodes / 5; i++) {
    rows.push(`<div><span>row ${i}</span> <span>${i % 40 === 0 ? forms[i % forms.length] : 'plain cell'}</span></div>`);
  }
  return `<!doctype html><meta charset="utf-8"><title>nodes</title><body>${rows.join('')}</body>`;
}

async function serve(context: BrowserContext, pages: Map<string, string>): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const body = pages.get(url);
    if (body) return route.fulfill({ contentType: 'text/html', body });
    // Our own packaged files (the card's module) load as usual; the web stays shut.
    return url.startsWith('chrome-extension:') ? route.continue() : route.abort();
  });
}

/**
 * Our main-thread time to mark everything on a fresh load, from the content script's own
 * account: loading it (startupMs) plus its sliced scan and paint (busyMs). The matching
 * itself runs in the background (backgroundMatchMs), off the page's main thread; firstScanMs
 * is the wall time until every mark is painted.
 */
async function ours(context: BrowserContext, url: string): Promise<{ busyMs: number; startupMs: number; walkMs: number; matchMs: number; sendMs: number; backgroundMatchMs: number; backgroundWasm: number; firstScanMs: number; paintMs: number; longestSliceMs: number; marks: number; matches: number; words: number; heap: number }> {
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
async function traced(context: BrowserContext, url: string): Promise<{ compileMs: number; mainThreadMs: number }> {
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
async function plain(context: BrowserContext, url: string, work: (page: Page) => Promise<number>): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const ms = await work(page);
  await page.close();
  return ms;
}

export interface BrowserBench {
  page: Record<string, number>;
  nodes: Record<string, number>;
  hover: { ms: number; coldMs: number; warmMs: number };
  bundle: { contentScriptGzipBytes: number; backgroundGzipBytes: number; cardModuleGzipBytes: number };
}

export async function runBrowserBench(forms: readonly string[]): Promise<BrowserBench> {
  const article = articleHtml(forms, 1_000_000);
  const nodes = nodesHtml(forms, 200_000);
  const pages = new Map([
    [`${ORIGIN}/article.html`, article],
    [`${ORIGIN}/nodes.html`, nodes],
    [`${QUIET_ORIGIN}/article.html`, article],
    [`${QUIET_ORIGIN}/nodes.html`, nodes],
  ]);
  const markJs = readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  const terms = [...new Set(forms)].sort((a, b) => b.length - a.length);
  // Built here and passed as text: functions defined inside page.evaluate must stay anonymous.
  const pattern = `\\b(?:${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`;

  const withExt = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  await serve(withExt, pages);
  const bare = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  const plainContext = await bare.newContext();
  await serve(plainContext, pages);

  const bareWalk = (p: Page): Promise<number> =>
    p.evaluate(() => {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      for (let node = w.nextNode(); node; node = w.nextNode()) n += (node as Text).data.length;
      return performance.now() - t0 + (n < 0 ? 1 : 0);
    });
  // The least any marker held to the Custom Highlight API must do: walk the text, make one
  // StaticRange per mark (spread over the text nodes, a term's length each), register one
  // Highlight. No matching, no script to load, no messages. Run in the page's own world, and
  // in an isolated world as a content script is, where every DOM node a script touches needs
  // a wrapper of that world's own.
  const floorSource = `(count) => {
    const t0 = performance.now();
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = w.nextNode(); node; node = w.nextNode()) if (node.data.length > 12) nodes.push(node);
    const ranges = [];
    for (let k = 0; k < count && nodes.length > 0; k++) {
      const node = nodes[Math.floor((k * nodes.length) / count)];
      const start = (k * 37) % (node.data.length - 12);
      ranges.push(new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: start + 12 }));
    }
    const highlight = new Highlight();
    for (const range of ranges) highlight.add(range);
    CSS.highlights.set('termlight-bench-floor', highlight);
    return performance.now() - t0 + (ranges.length === count ? 0 : NaN);
  }`;
  const highlightFloor = (p: Page, marks: number): Promise<number> => p.evaluate(`(${floorSource})(${marks})`);
  const isolatedHighlightFloor = async (p: Page, marks: number): Promise<number> => {
    const cdp = await p.context().newCDPSession(p);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'termlight-bench-floor' });
    const { result } = await cdp.send('Runtime.evaluate', { expression: `(${floorSource})(${marks})`, contextId: executionContextId, returnByValue: true });
    await cdp.detach();
    return typeof result.value === 'number' ? result.value : NaN;
  };
  const markJsRun = async (p: Page): Promise<number> => {
    await p.addScriptTag({ content: markJs });
    return p.evaluate((source) => {
      const t0 = performance.now();
      // mark.js with all terms as one RegExp (markRegExp): with 2,400 separate terms
      // its mark() overflows the stack on this page, so this is its workable fast path.
      new (window as unknown as { Mark: new (el: Element) => { markRegExp(r: RegExp, o: object): void } }).Mark(document.body).markRegExp(new RegExp(source, 'gi'), {});
      return performance.now() - t0;
    }, pattern);
  };
  const regExpWrap = (p: Page): Promise<number> =>
    p.evaluate((source) => {
      const t0 = performance.now();
      const re = new RegExp(source, 'gi');
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n as Text);
      for (const node of nodes) {
        const matches = [...node.data.matchAll(re)];
        for (let k = matches.length - 1; k >= 0; k--) {
          const m = matches[k]!;
          const tail = node.splitText(m.index);
          tail.splitText(m[0].length);
          const mark = document.createElement('mark');
          tail.replaceWith(mark);
          mark.append(tail);
        }
      }
      return performance.now() - t0;
    }, pattern);

  const measure = async (url: string, comparisons: boolean): Promise<Record<string, number>> => {
    // Interleaved rounds, each contender on a fresh page: this machine's speed drifts by
    // tens of percent over seconds, and a drift must hit every contender alike.
    const ourRuns = [];
    const compile = [];
    const tracedOurs = [];
    const tracedPlain = [];
    const walk = [];
    const markRuns = [];
    const wrapRuns = [];
    const floorRuns = [];
    const isolatedFloorRuns = [];
    for (let i = 0; i < RUNS; i++) {
      ourRuns.push(await ours(withExt, url));
      const marks = ourRuns[ourRuns.length - 1]!.marks;
      floorRuns.push(await plain(plainContext, url, (p) => highlightFloor(p, marks)));
      isolatedFloorRuns.push(await plain(plainContext, url, (p) => isolatedHighlightFloor(p, marks)));
      const mine = await traced(withExt, url);
      compile.push(mine.compileMs);
      tracedOurs.push(mine.mainThreadMs);
      tracedPlain.push((await traced(withExt, url.replace(ORIGIN, QUIET_ORIGIN))).mainThreadMs);
      walk.push(await plain(plainContext, url, bareWalk));
      if (comparisons) {
        markRuns.push(await plain(plainContext, url, markJsRun));
        wrapRuns.push(await plain(plainContext, url, regExpWrap));
      }
    }
    const heapPlain = await plain(plainContext, url, async (p) => {
      const cdp = await plainContext.newCDPSession(p);
      await cdp.send('Performance.enable');
      return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    });
    // Loading the script counts: the page pays for compiling it (measured on loads of its
    // own, as tracing slows the rest) and for running its modules and building the matcher.
    const compileMs = median(compile);
    const busy = compileMs + median(ourRuns.map((r) => r.startupMs + r.busyMs));
    const floor = median(floorRuns);
    const isolatedFloor = median(isolatedFloorRuns);
    const out: Record<string, number> = {
      msMainThread: busy,
      compileMs,
      startupMs: median(ourRuns.map((r) => r.startupMs)),
      scanAndPaintMs: median(ourRuns.map((r) => r.busyMs)),
      walkMs: median(ourRuns.map((r) => r.walkMs)),
      matchMs: median(ourRuns.map((r) => r.matchMs)),
      sendMs: median(ourRuns.map((r) => r.sendMs)),
      backgroundMatchMs: median(ourRuns.map((r) => r.backgroundMatchMs)),
      // 1 when every run was matched by the WebAssembly scanner.
      backgroundWasm: Math.min(...ourRuns.map((r) => r.backgroundWasm)),
      firstScanMs: median(ourRuns.map((r) => r.firstScanMs)),
      tracedMainThreadMs: median(tracedOurs),
      tracedPlainMainThreadMs: median(tracedPlain),
      paintMs: median(ourRuns.map((r) => r.paintMs)),
      // Compiling and loading the script run as one task, before our first slice.
      longestTaskMs: Math.max(median(ourRuns.map((r) => r.longestSliceMs)), compileMs + median(ourRuns.map((r) => r.startupMs))),
      marks: median(ourRuns.map((r) => r.marks)),
      matches: median(ourRuns.map((r) => r.matches)),
      hitsPer1000Words: median(ourRuns.map((r) => (r.matches * 1000) / r.words)),
      bareWalkMs: median(walk),
      vsBareWalk: busy / median(walk),
      highlightFloorMs: floor,
      // The best vsBareWalk any Highlight-API marker could reach here: the floor's own.
      floorVsBareWalk: floor / median(walk),
      isolatedHighlightFloorMs: isolatedFloor,
      isolatedFloorVsBareWalk: isolatedFloor / median(walk),
      heapBytes: median(ourRuns.map((r) => r.heap)) - heapPlain,
    };
    if (comparisons) {
      out.markJsMs = median(markRuns);
      out.regExpWrapMs = median(wrapRuns);
      out.vsMarkJs = out.markJsMs / busy;
      out.vsRegExpWrap = out.regExpWrapMs / busy;
      out.floorVsMarkJs = out.markJsMs / floor;
      out.floorVsRegExpWrap = out.regExpWrapMs / floor;
      out.isolatedFloorVsMarkJs = out.markJsMs / isolatedFloor;
      out.isolatedFloorVsRegExpWrap = out.regExpWrapMs / isolatedFloor;
    }
    return out;
  };

  const page = await measure(`${ORIGIN}/article.html`, true);
  const nodesResult = await measure(`${ORIGIN}/nodes.html`, false);

  // Hover to card: the pointer moves onto a marked word and rests; time until the card is
  // visible (dwell included), and, from the content script's own clock, from the end of the
  // dwell to the card showing its entry: cold (first card of the page: the card's module and
  // the entry load) and warm (a second term on the same page).
  const hoverRuns: number[] = [];
  const coldRuns: number[] = [];
  const warmRuns: number[] = [];
  const worker = withExt.serviceWorkers()[0]!;
  for (let i = 0; i < RUNS; i++) {
    const p = await withExt.newPage();
    await p.goto(`${ORIGIN}/article.html`);
    await statsAfterFirstScan(worker, p.url(), 100);
    const points = await p.evaluate(() => {
      const h = [...CSS.highlights.values()][0];
      const ranges = h ? [...h.keys()].slice(0, 40) : [];
      const out: { x: number; y: number; text: string }[] = [];
      for (const r of ranges) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const box = live.getBoundingClientRect();
        if (box.width > 2 && box.top > 0 && box.bottom < innerHeight) out.push({ x: box.left + box.width / 2, y: box.top + box.height / 2, text: live.toString() });
      }
      return out;
    });
    const first = points[0];
    if (!first) {
      await p.close();
      continue;
    }
    const t0 = Date.now();
    await p.mouse.move(first.x, first.y);
    await p.locator('termlight-card .tl-term').waitFor({ state: 'visible' });
    hoverRuns.push(Date.now() - t0);
    // A second term on another line, not under the open card (whose place depends on the marks around it).
    const uncovered = await p.evaluate((qs) => qs.map((q) => document.elementFromPoint(q.x, q.y)?.localName !== 'termlight-card'), points);
    const second = points.find((q, i) => uncovered[i] && Math.abs(q.y - first.y) > 40 && q.text.toLowerCase() !== first.text.toLowerCase());
    if (!second) {
      await p.close();
      continue;
    }
    const shownBefore = await p.locator('termlight-card [role="dialog"]').getAttribute('data-term-id');
    await p.mouse.move(second.x, second.y);
    await p.waitForFunction(
      (before) => document.querySelector('termlight-card')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-term-id') !== before,
      shownBefore,
    );
    const stats = (await messageTabShowing(worker, p.url(), { type: 'termlight:stats' })) as ScanStats;
    const [cold, warm] = stats.cardMs ?? [];
    if (cold !== undefined) coldRuns.push(cold);
    if (warm !== undefined) warmRuns.push(warm);
    await p.close();
  }
  await withExt.close();
  await bare.close();

  const content = readFileSync(join(EXTENSION, 'content-scripts', 'content.js'));
  const gz = gzipSync(content).length;
  return {
    page,
    nodes: nodesResult,
    hover: { ms: median(hoverRuns), coldMs: median(coldRuns), warmMs: median(warmRuns) },
    bundle: {
      // The glossary index lives in the background: the content script carries none.
      contentScriptGzipBytes: gz,
      backgroundGzipBytes: gzipSync(readFileSync(join(EXTENSION, 'background.js'))).length,
      // Loaded on the first card only.
      cardModuleGzipBytes: gzipSync(readFileSync(join(EXTENSION, 'card-ui.js'))).length,
    },
  };
}
