import matcherIndex from 'virtual:termlight/matcher';
import type { MatcherIndex } from '../../lib/match/compile';
import { Matcher } from '../../lib/match/matcher';
import { answerLookup, answerScan, type ScanReply } from '../../lib/match/remote';
import { TermSet } from '../../lib/match/term-set';

/** Where the reader's compiled glossary is stored (a storage item in the extension). */
export interface UserIndexSource {
  getValue(): Promise<MatcherIndex | null>;
  watch(callback: () => void): unknown;
}

/**
 * The glossary's matcher, for every tab: content scripts send their text here so a page's
 * main thread never compiles the glossary index, builds the matcher or runs it.
 */
export function createScanService(user: UserIndexSource): {
  scan: (texts: readonly string[]) => Promise<ScanReply>;
  lookup: (text: string) => Promise<string | null>;
} {
  let bundled: Matcher | undefined;
  let current: Promise<TermSet> | undefined;
  // Dropped when the reader's glossary changes. The storage event reaches this worker
  // through the browser before the rescan it triggers in a tab does (the import test in
  // tests/e2e/settings.spec.ts relies on it); a worker started afresh reads storage anyway.
  user.watch(() => {
    current = undefined;
  });
  const termSet = (): Promise<TermSet> =>
    (current ??= user.getValue().then(
      (index) => {
        bundled ??= new Matcher(matcherIndex);
        return new TermSet(index ? [bundled, new Matcher(index)] : [bundled]);
      },
      (error: unknown) => {
        // Not kept: the next request reads storage again.
        current = undefined;
        throw error;
      },
    ));
  return {
    scan: async (texts) => answerScan(await termSet(), texts, () => performance.now()),
    lookup: async (text) => answerLookup(await termSet(), text),
  };
}
