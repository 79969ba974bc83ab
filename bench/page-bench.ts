import type { BrowserContext } from '@playwright/test';
import { QUIET_ORIGIN, ORIGIN } from './browser-pages';
import { median, ours, plain, plainHeap, traced } from './browser-loads';
import type { Contenders } from './contenders';

export interface PageBenchSetup {
  /** A browser with the built extension. */
  withExt: BrowserContext;
  /** A browser without it, for the contenders and floors. */
  plainContext: BrowserContext;
  contenders: Contenders;
  runs: number;
}

/**
 * Termlight's cost on one page, beside the floors and, with `comparisons`, beside mark.js and
 * a RegExp wrapper: medians of `runs` rounds, plus the ratios bench-results.json reports.
 */
export async function measurePage({ withExt, plainContext, contenders, runs }: PageBenchSetup, url: string, comparisons: boolean): Promise<Record<string, number>> {
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
  for (let i = 0; i < runs; i++) {
    ourRuns.push(await ours(withExt, url));
    const marks = ourRuns[ourRuns.length - 1]!.marks;
    floorRuns.push(await plain(plainContext, url, (p) => contenders.highlightFloor(p, marks)));
    isolatedFloorRuns.push(await plain(plainContext, url, (p) => contenders.isolatedHighlightFloor(p, marks)));
    const mine = await traced(withExt, url);
    compile.push(mine.compileMs);
    tracedOurs.push(mine.mainThreadMs);
    tracedPlain.push((await traced(withExt, url.replace(ORIGIN, QUIET_ORIGIN))).mainThreadMs);
    walk.push(await plain(plainContext, url, contenders.bareWalk));
    if (comparisons) {
      markRuns.push(await plain(plainContext, url, contenders.markJs));
      wrapRuns.push(await plain(plainContext, url, contenders.regExpWrap));
    }
  }
  const heapPlain = await plainHeap(plainContext, url);
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
}
