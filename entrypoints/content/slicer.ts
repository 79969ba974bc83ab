/** Read the clock after about this much work (see shouldYield): well under a millisecond. */
const CLOCK_EVERY = 256;

/**
 * Cuts long work into tasks of at most `budgetMs`, yielding to the page between them so
 * input and rendering never wait on us for long.
 */
export class Slicer {
  private started = performance.now();
  /** The longest slice so far, in ms: what our work cost the page's main thread at worst. */
  longestMs = 0;
  /** All slices together, in ms. */
  totalMs = 0;

  /**
   * Work is checked between units (a block, a stretch of nodes), so a slice overshoots its
   * budget by up to one unit: 6 ms keeps slices near the 8 ms a page can spare.
   */
  constructor(private readonly budgetMs = 6) {}

  /** Work done since the clock was last read, in units of about a microsecond. */
  private since = 0;

  /**
   * Whether the slice is used up. `cost` is a rough size of the work done since the last
   * call (1 for a small step); the clock is read only once enough has piled up, since on a
   * page of 100,000 tiny blocks reading it every time costs more than the blocks.
   */
  shouldYield(cost = CLOCK_EVERY): boolean {
    this.since += cost;
    if (this.since < CLOCK_EVERY) return false;
    this.since = 0;
    return performance.now() - this.started >= this.budgetMs;
  }

  /** Records the slice that just ended; call when the work is done. */
  finish(): void {
    const slice = performance.now() - this.started;
    this.longestMs = Math.max(this.longestMs, slice);
    this.totalMs += slice;
  }

  /** Waits for work done elsewhere (the background's matcher): the wait is not a slice of ours. */
  async wait<T>(pending: Promise<T>): Promise<T> {
    this.finish();
    try {
      return await pending;
    } finally {
      this.started = performance.now();
      this.since = 0;
    }
  }

  async pause(): Promise<void> {
    this.finish();
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    // scheduler.yield keeps our place in the queue (Chrome 129+); a timeout is the fallback.
    if (scheduler?.yield) await scheduler.yield();
    else await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.started = performance.now();
    this.since = 0;
  }
}
