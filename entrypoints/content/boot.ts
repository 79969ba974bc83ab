import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageTermsResponse, ScanStats } from '../../lib/messages';
import { pageMode, type PageMode } from '../../lib/sites/page-mode';
import { highlightsSupported } from './highlighter';
import type { MainHandle } from './main-contract';
import { loadMainModule } from './main-loader';
import { watchMutations } from './mutations';
import { createPageGate, type GateVerdict } from './page-gate';
import { loadSiteSettings, watchSiteSettings } from './site-settings-reader';
import { answersHere, tabRequestType } from './tab-requests';

/**
 * The content script's first module, what every page a reader opens pays for: it reads the
 * settings that decide whether Termlight runs here, samples the page in everywhere mode and
 * has the background judge the sample (page-gate.ts), and loads the main module (scanning,
 * marks, cards: main.ts) only where the page is lit or the sample passed. A page it stops
 * is watched for substantial changes and sampled again, as the main module would; until
 * the main module runs, this module answers the tab's requests itself (no terms, and the
 * gate's stats). `evaluationMs` is what evaluating this module cost the page.
 */
export function startBoot(ctx: ContentScriptContext, evaluationMs: number): void {
  const startedAt = performance.now();
  const gate = createPageGate(ctx);
  let mode: PageMode | undefined;
  let verdict: GateVerdict = 'skipped';
  /** Ms from the start to the first decision: the stats' `firstScanMs` on a page left dark. */
  let decidedMs = 0;
  let busyMs = 0;
  let main: Promise<MainHandle | undefined> | undefined;
  const stops: (() => void)[] = [];
  const stopWatching = (): void => {
    for (const stop of stops.splice(0)) stop();
  };

  const loadMain = (): Promise<MainHandle | undefined> =>
    (main ??= (async () => {
      // The main module follows the page, the settings and the gate from here on.
      stopWatching();
      const module = await loadMainModule();
      return module.start(ctx, { startupMs: evaluationMs + module.evaluationMs, gate, verdict: mode === 'gated' ? verdict : undefined });
    })().catch(() => undefined));

  let running = Promise.resolve();
  /**
   * Decides what the page gets: on 'start', after a settings change that changes the
   * page's mode, and when the gate asks for a fresh sample of a changed page.
   */
  const decide = (reason: 'start' | 'settings' | 'changed'): Promise<void> =>
    (running = running.then(async () => {
      if (main) return;
      const next = pageMode(await loadSiteSettings(), location.hostname);
      if (reason === 'settings' && next === mode) return;
      mode = next;
      if (mode === 'gated') {
        watchChanges();
        verdict = (await gate.passes()) ? 'passed' : 'failed';
      } else verdict = 'skipped';
      if (decidedMs === 0) decidedMs = performance.now() - startedAt;
      if (mode === 'on' || verdict === 'passed') void loadMain();
    }));

  /** A page the gate stopped is sampled again when it has changed enough (lib/sites/gate.ts). */
  let watching = false;
  const watchChanges = (): void => {
    if (watching) return;
    watching = true;
    stops.push(
      watchMutations(ctx, (ms) => (busyMs += ms), (dirty) => {
        if (verdict === 'failed' && !main) gate.changed(dirty, () => void decide('changed'));
        return Promise.resolve();
      }),
    );
  };

  const pageTerms = (): PageTermsResponse => ({ url: location.href, crypto: false, marks: highlightsSupported(), gate: verdict, terms: [] });
  const stats = (): ScanStats => {
    const sample = gate.stats().sample;
    return {
      startupMs: evaluationMs,
      longestSliceMs: 0,
      firstScanMs: decidedMs,
      paintMs: 0,
      walkMs: 0,
      matchMs: 0,
      sendMs: 0,
      backgroundMatchMs: 0,
      backgroundWasm: false,
      busyMs: busyMs + (sample?.ms ?? 0),
      restores: 0,
      restoreMs: 0,
      gate: verdict,
      ...(sample ? { sample } : {}),
      blocks: 0,
      matches: 0,
      words: 0,
      rescans: 0,
      mainModule: false,
    };
  };
  /** The answer while the main module is not loaded: nothing is marked, nothing is found. */
  const answerAlone = (type: NonNullable<ReturnType<typeof tabRequestType>>, raw: unknown): Promise<unknown> => {
    switch (type) {
      case 'termlight:page-terms':
        return Promise.resolve(pageTerms());
      case 'termlight:stats':
        return Promise.resolve(stats());
      case 'termlight:reveal':
      case 'termlight:walk':
        return Promise.resolve(false);
      case 'termlight:lookup-selection':
        // The reader asked for a card: that needs the main module, on any page.
        return loadMain().then((handle) => handle?.onMessage(raw) ?? null);
    }
  };
  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const type = tabRequestType(raw);
    if (type === undefined || !answersHere(type)) return undefined;
    // After the decision in progress: a lit page asked before its settings were read must
    // not answer "no terms" for the main module that is about to load.
    return running.catch(() => undefined).then(() =>
      main ? main.then((handle) => (handle ? (handle.onMessage(raw) ?? null) : answerAlone(type, raw))) : answerAlone(type, raw),
    );
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    stopWatching();
  });

  stops.push(watchSiteSettings(() => void decide('settings')));
  void decide('start');
}
