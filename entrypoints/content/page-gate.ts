import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { ScanStats } from '../../lib/messages';
import { mightBeCrypto, ResamplePlan } from '../../lib/sites/gate';
import { readJudgement, type TextJudgement } from '../../lib/sites/judge-text';
import { samplePage } from './page-sample';

/** Asks the background to judge a sample; undefined when it cannot answer. */
const judgeInBackground = (text: string): Promise<TextJudgement | undefined> =>
  browser.runtime
    .sendMessage({ type: 'termlight:judge-text', text })
    .then(readJudgement, () => undefined);

/** Per page, changed text is measured only this far: past it, the change is substantial anyway. */
const MEASURE_CAP = 10_000;

/** What the gate made of a page: 'skipped' where no gate applies (a known site, or one Termlight is off on). */
export type GateVerdict = ScanStats['gate'];

export interface PageGate {
  /**
   * Samples the page and has the background judge the sample: true when it might be about
   * crypto, so the full pass should run. A background that cannot answer lets the page
   * through: the full pass then decides as it would without the gate.
   */
  passes(): Promise<boolean>;
  /**
   * Told of changed parts of a page the gate stopped: schedules a bounded re-sample, which
   * calls `resample` (the first module's, or the main module's once it runs).
   */
  changed(roots: readonly Node[], resample: () => void): void;
  /** What the gate did, for the stats. */
  stats(): Pick<ScanStats, 'sample'>;
}

/**
 * The gate of everywhere mode (lib/sites/gate.ts): a page not on a known site is read by a
 * bounded sample first, and fully only if the sample might be about crypto.
 */
export function createPageGate(ctx: ContentScriptContext): PageGate {
  let plan: ResamplePlan | undefined;
  let sample: NonNullable<ScanStats['sample']> | undefined;
  const address = (): string => location.origin + location.pathname + location.search;
  return {
    async passes() {
      const t0 = performance.now();
      const { text } = samplePage(document);
      const ms = performance.now() - t0;
      if (plan) plan.sampled(Date.now());
      else plan = new ResamplePlan(Date.now(), address());
      const judgement = await judgeInBackground(text);
      sample = {
        chars: text.length,
        words: judgement?.words ?? 0,
        distinctTerms: judgement?.distinctTerms ?? 0,
        samples: (sample?.samples ?? 0) + 1,
        ms: (sample?.ms ?? 0) + ms,
      };
      return judgement ? mightBeCrypto(judgement) : true;
    },
    changed(roots, resample) {
      if (!plan?.wants(address())) return;
      let chars = 0;
      for (const root of roots) {
        chars += root.textContent?.length ?? 0;
        if (chars >= MEASURE_CAP) break;
      }
      const delay = plan.note(chars, Date.now());
      if (delay !== undefined) ctx.setTimeout(resample, delay);
    },
    stats: () => ({ sample }),
  };
}
