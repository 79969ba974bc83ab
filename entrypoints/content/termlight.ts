import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSureTerm } from '../../lib/match/crypto-page';
import type { PageMatch } from '../../lib/match/remote';
import type { ScanStats } from '../../lib/messages';
import type { Settings } from '../../lib/settings/schema';
import { pageMode } from '../../lib/sites/page-mode';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { userMatcherItem } from '../../utils/user-glossary-items';
import { Highlighter, highlightName, highlightsSupported } from './highlighter';
import { sameOriginFrameBodies, watchFrameLoads } from './frames';
import { watchMutations } from './mutations';
import type { MainStart } from './main-contract';
import { chooseMarks, chooseMarksSliced } from './mark-choice';
import { PageScan, type FoundTerm } from './page-scan';
import { createScanChannel } from './scan-channel';
import { Slicer } from './slicer';

/** How often a visible tab checks that the page left our marks registered: a lookup and a size. */
const RESTORE_EVERY_MS = 500;


/** What the rest of the content script reads: the current scan and settings. */
export interface TermlightState {
  readonly settings: Settings;
  /** The scan, when Termlight is lit on this page. */
  readonly scan: PageScan | undefined;
  /** Whether a match counts here: ambiguous and general-finance words only on pages that read as crypto. */
  counts: (m: PageMatch) => boolean;
  /** The terms the settings mark (or would, in hover-only mode), in document order. */
  marked: () => readonly FoundTerm[];
  /** Puts our marks back if the page took them out of the highlight registry. */
  restoreMarks: () => void;
  stats: () => ScanStats;
  /** What the gate made of the page, as the stats report it. */
  readonly gate: ScanStats['gate'];
}

/**
 * Scans the page in slices, paints the marks the settings ask for, and follows changes to
 * the page, the settings and the reader's glossary live. `startupMs`, what loading the
 * script cost, is reported in its stats; `gate` is the first module's, and its `verdict`
 * on this page, if it gave one, stands for the first pass instead of a new sample.
 */
export async function startTermlight(ctx: ContentScriptContext, { startupMs, gate, verdict }: MainStart): Promise<TermlightState> {
  const isTop = window === window.top;
  const matchTexts = createScanChannel();
  let settings = (await loadSettings()).settings;
  let scan: PageScan | undefined;
  let crypto = false;
  const highlighter = highlightsSupported() ? new Highlighter() : undefined;
  const roots = (): Node[] => (isTop ? [document.body, ...sameOriginFrameBodies()] : [document.body]);

  const lit = (): boolean => scan !== undefined && (pageMode(settings, location.hostname) === 'on' || crypto);
  /** Dense with crypto terms: weak spellings there need no confirming word in their block. */
  let strong = false;
  // On a page that does not read as crypto, only unambiguous terms of crypto's own areas;
  // on one that does, weak spellings its blocks confirm; on a dense one, every weak spelling
  // no grammar cue ruled out.
  const counts = (m: PageMatch): boolean => (crypto ? !m.term.unconfirmed || strong : isSureTerm(m.term));

  let lastPaintMs = 0;
  /** The terms the last paint chose, in document order: what the keyboard walks. */
  let marked: readonly FoundTerm[] = [];
  /** Bumped by every paint: a sliced paint that finds it changed was overtaken and stops. */
  let paintGeneration = 0;
  /**
   * Paints the marks the settings ask for. With a slicer it yields whenever the slice is
   * used up (a page with thousands of matches would otherwise hold the main thread for
   * one long task); without one it runs through at once.
   */
  const paint = async (slicer?: Slicer): Promise<void> => {
    if (!highlighter) return;
    const mine = ++paintGeneration;
    const current = scan;
    if (!current || !lit()) {
      highlighter.clear();
      marked = [];
      return;
    }
    const t0 = performance.now();
    let yielded = 0;
    const overtaken = async (): Promise<boolean> => {
      const before = performance.now();
      await slicer?.pause();
      yielded += performance.now() - before;
      return mine !== paintGeneration || scan !== current;
    };
    // Without a slicer, at once: nothing else runs between the choice and the paint.
    const choice = slicer
      ? await chooseMarksSliced(current, settings, counts, async (work) => slicer.shouldYield(work) && (await overtaken()))
      : chooseMarks(current, settings, counts);
    if (!choice) return;
    const { ranges, chosen } = choice;
    highlighter.paint(ranges, highlightName(settings));
    marked = chosen;
    lastPaintMs = performance.now() - t0 - yielded;
  };
  const repaint = (): void => void paint();

  // Sticky for the life of a scan: a page that read as crypto does not stop doing so while
  // a re-render briefly takes its text away.
  const refreshCrypto = (): void => {
    crypto = crypto || (scan?.readsAsCrypto() ?? false);
    strong = crypto && (strong || (scan?.readsStronglyAsCrypto() ?? false));
  };
  /** Paints once early (the part of the page in the window), then when the scan ends. */
  let paintedEarly = false;
  const onSlice = (): void => {
    if (paintedEarly) return;
    paintedEarly = true;
    refreshCrypto();
    repaint();
  };
  const onScanned = (slicer?: Slicer): Promise<void> => {
    refreshCrypto();
    return paint(slicer);
  };

  const stats = { longestSliceMs: 0, firstScanMs: 0, rescans: 0, busyMs: 0, restores: 0, restoreMs: 0, gate: 'skipped' as ScanStats['gate'] };
  /** Runs one sliced scan and keeps its longest slice. */
  const sliced = async (work: (slicer: Slicer) => Promise<void>): Promise<void> => {
    const slicer = new Slicer();
    await work(slicer);
    // The final paint starts a slice of its own rather than the end of a full one.
    if (slicer.shouldYield()) await slicer.pause();
    await onScanned(slicer);
    slicer.finish();
    stats.longestSliceMs = Math.max(stats.longestSliceMs, slicer.longestMs);
    stats.busyMs += slicer.totalMs;
  };

  let running = Promise.resolve();
  /** Serialises scans so a rescan never interleaves with an update in flight. */
  const queue = (work: () => Promise<void>): Promise<void> => (running = running.then(work, work));

  /** The first module's verdict, used once: later passes sample afresh. */
  let handed = verdict;
  const rescan = (): Promise<void> =>
    queue(async () => {
      const t0 = performance.now();
      crypto = false;
      strong = false;
      paintedEarly = false;
      const mode = pageMode(settings, location.hostname);
      // In everywhere mode a sample decides whether the page is read at all (lib/sites/gate.ts).
      const given = handed;
      handed = undefined;
      stats.gate = mode !== 'gated' ? 'skipped' : given !== undefined && given !== 'skipped' ? given : (await gate.passes()) ? 'passed' : 'failed';
      if (mode === 'off' || stats.gate === 'failed') {
        scan = undefined;
        await onScanned();
      } else {
        const fresh = new PageScan(matchTexts);
        scan = fresh;
        await sliced((slicer) => fresh.add(roots(), slicer, onSlice));
      }
      if (stats.firstScanMs === 0) stats.firstScanMs = performance.now() - t0;
    });

  const stopMutations = watchMutations(ctx, (ms) => (stats.busyMs += ms), (dirty) =>
    queue(async () => {
      const current = scan;
      // A page the gate stopped is only sampled again, and only when it changed enough.
      if (!current) {
        // The gate calls back for a fresh look when the page has changed enough.
        if (stats.gate === 'failed') gate.changed(dirty, () => void rescan());
        return;
      }
      stats.rescans++;
      await sliced(async (slicer) => {
        current.drop(dirty);
        await current.add(dirty.filter((n) => n.isConnected), slicer, onSlice);
      });
    }),
  );
  if (isTop) {
    watchFrameLoads(ctx, (body) => {
      const current = scan;
      if (current) void queue(() => sliced((slicer) => current.add([body], slicer, onSlice)));
    });
  }

  const stopSettings = watchSettings((next) => {
    const before = pageMode(settings, location.hostname);
    settings = next;
    if (pageMode(next, location.hostname) !== before) void rescan();
    else repaint();
  });
  // The background matches with the reader's glossary as stored: a change needs a rescan.
  const stopUser = userMatcherItem.watch(() => void rescan());

  // Marks the page took out of the shared registry come back: checked with work already
  // done (scroll, hover, rescans) and on a slow timer while the tab is visible, never on a
  // hidden one.
  const restoreMarks = (): void => {
    if (!highlighter) return;
    const t0 = performance.now();
    if (highlighter.restore()) stats.restores++;
    stats.restoreMs += performance.now() - t0;
  };
  if (highlighter) {
    ctx.addEventListener(document, 'scroll', restoreMarks, { capture: true, passive: true });
    let timer: number | undefined;
    const follow = (): void => {
      restoreMarks();
      if (document.visibilityState === 'visible') timer ??= ctx.setInterval(restoreMarks, RESTORE_EVERY_MS);
      else if (timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    };
    ctx.addEventListener(document, 'visibilitychange', follow);
    follow();
  }
  ctx.onInvalidated(() => {
    stopMutations();
    stopSettings();
    stopUser();
    highlighter?.dispose();
  });

  await rescan();
  return {
    get settings() {
      return settings;
    },
    get scan() {
      return lit() ? scan : undefined;
    },
    get gate() {
      return stats.gate;
    },
    counts,
    marked: () => marked,
    restoreMarks,
    stats: () => ({
      ...stats,
      ...gate.stats(),
      busyMs: stats.busyMs + (gate.stats().sample?.ms ?? 0),
      startupMs,
      paintMs: lastPaintMs,
      walkMs: scan?.cost.walkMs ?? 0,
      matchMs: scan?.cost.matchMs ?? 0,
      sendMs: scan?.cost.sendMs ?? 0,
      backgroundMatchMs: scan?.cost.backgroundMatchMs ?? 0,
      backgroundWasm: scan?.cost.backgroundWasm ?? false,
      blocks: scan?.all().length ?? 0,
      matches: scan?.all().reduce((n, b) => n + b.matches.length, 0) ?? 0,
      words: scan?.all().reduce((n, b) => n + b.words, 0) ?? 0,
      mainModule: true,
    }),
  };
}
