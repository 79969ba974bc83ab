/**
 * The gate in everywhere mode: whether a bounded sample of a page (its title, description,
 * headings and first few thousand characters, entrypoints/content/page-sample.ts) might be
 * about crypto, so the full pass is worth running. It only lets pages through: the full
 * pass still decides with readsAsCrypto over the whole page. A crypto page it stops stays
 * dark, an ordinary page it lets through costs one full pass and is then left unlit, so it
 * leans to letting through: one distinct unambiguous term of crypto's own areas, with no
 * density asked (readsAsCrypto asks for 3, and 2 per 1,000 words on long pages).
 *
 * Tuned on the evaluation corpus served at each page's source address (npm run eval --
 * <corpus> --anywhere): the samples of 40 of the 41 crypto pages hold 5 to 31 such terms,
 * and one, an options vault's docs whose opening speaks in ETH, calls and premiums (each
 * either an ordinary word or shared with traditional finance), holds 1; the samples of all
 * 18 ordinary pages, on gas, forks, pools, mining, oracles, wallets and options, hold 0.
 * At 2 that vault page would stay dark; at 1 none of the ordinary pages is read in full.
 */
export const GATE_MIN_DISTINCT_TERMS = 1;

/** Whether a page's sample, by its distinct unambiguous terms of crypto's own areas, might be crypto. */
export function mightBeCrypto({ distinctTerms }: { distinctTerms: number; words: number }): boolean {
  return distinctTerms >= GATE_MIN_DISTINCT_TERMS;
}

/**
 * When a page the gate stopped is sampled again as it changes: a page that renders its
 * text late (a single-page app) must not stay dark, and a page that never stops changing
 * (a ticker) must not be sampled for ever. Each sample costs the page about a millisecond
 * and the background one judgement of a few thousand characters.
 */
export const RESAMPLE = {
  /** Characters of text the page must add or change before it is worth another look. */
  minChangedChars: 400,
  /** The least time between two samples of one page. */
  spacingMs: 1500,
  /** Samples after the first, per address: a page that navigates in place starts afresh. */
  max: 4,
} as const;

/**
 * Follows a page the gate stopped: told of each batch of changes (the characters of text
 * under the changed parts, and the page's address), it says when to sample again, if ever.
 * Pure, with the clock passed in, so its bounds are tested without a browser.
 */
export class ResamplePlan {
  private samples = 0;
  private changed = 0;
  private lastAt: number;
  private url: string;
  private due = false;

  constructor(now: number, url: string) {
    this.lastAt = now;
    this.url = url;
  }

  /**
   * Whether changes to the page at `url` are worth measuring: samples are left for it and
   * none is already due. A new address (the page navigated in place) starts afresh.
   */
  wants(url: string): boolean {
    if (url !== this.url) {
      this.url = url;
      this.samples = 0;
      this.changed = 0;
    }
    return this.samples < RESAMPLE.max && !this.due;
  }

  /**
   * Records changes the caller measured after `wants` said so; returns in how many ms to
   * sample, or undefined while the changes add up to too little.
   */
  note(changedChars: number, now: number): number | undefined {
    if (this.samples >= RESAMPLE.max || this.due) return undefined;
    this.changed += changedChars;
    if (this.changed < RESAMPLE.minChangedChars) return undefined;
    this.due = true;
    return Math.max(0, this.lastAt + RESAMPLE.spacingMs - now);
  }

  /** Records that a sample was taken now. */
  sampled(now: number): void {
    this.samples++;
    this.changed = 0;
    this.due = false;
    this.lastAt = now;
  }
}
