import matcherIndex from 'virtual:termlight/matcher';
import type { MatcherIndex } from '../../lib/match/compile';
import { Matcher } from '../../lib/match/matcher';
import { answerLookup, answerScan, type ScanReply } from '../../lib/match/remote';
import { TermSet } from '../../lib/match/term-set';

/**
 * The glossary's matcher, for every tab: content scripts send their text here so a page's
 * main thread never compiles the glossary index, builds the matcher or runs it.
 */
export function createScanService(readUserIndex: () => Promise<MatcherIndex | null>): {
  scan: (texts: readonly string[]) => Promise<ScanReply>;
  lookup: (text: string) => Promise<string | null>;
} {
  let bundled: Matcher | undefined;
  let current: { key: string; set: TermSet } | undefined;
  /**
   * The set for the reader's glossary as stored now. Read on every request: a tab rescans
   * as soon as it hears the glossary changed, and must not get an answer from the old one.
   */
  const termSet = async (): Promise<TermSet> => {
    const user = await readUserIndex();
    const key = user ? JSON.stringify(user) : '';
    if (current?.key !== key) {
      bundled ??= new Matcher(matcherIndex);
      current = { key, set: new TermSet(user ? [bundled, new Matcher(user)] : [bundled]) };
    }
    return current.set;
  };
  return {
    scan: async (texts) => answerScan(await termSet(), texts, () => performance.now()),
    lookup: async (text) => answerLookup(await termSet(), text),
  };
}
