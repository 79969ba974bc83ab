/** Where Termlight runs: on any page that reads as crypto, or only on the sites the reader picks. */
export type Reach = 'anywhere' | 'my-sites';

/** What the reader's last choice on the onboarding page came to. */
export type ReachOutcome =
  | 'none'
  /** The browser's permission prompt is showing. */
  | 'asking'
  | Reach
  /** The reader chose "anywhere" and then refused the browser's prompt: their sites it stays. */
  | 'refused';

/**
 * The mode to show as chosen: what a choice made on the page just came to (known before
 * storage echoes it back), else what is stored, once onboarding has been done at all.
 */
export function reachInForce({ outcome, onboarded, everywhere }: { outcome: ReachOutcome; onboarded: boolean; everywhere: boolean }): Reach | undefined {
  if (outcome === 'anywhere' || outcome === 'my-sites') return outcome;
  if (outcome === 'refused') return 'my-sites';
  if (!onboarded) return undefined;
  return everywhere ? 'anywhere' : 'my-sites';
}
