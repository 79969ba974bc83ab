import { browser } from 'wxt/browser';
import { MATCHER_INDEX_PATH } from 'virtual:termlight/matcher';
import type { MatcherIndex } from '../../lib/match/compile';
import { Matcher } from '../../lib/match/matcher';
import type { PackedMatcherIndex } from '../../lib/match/pack';
import { answerLookup, answerScan, type ScanReply } from '../../lib/match/remote';
import { TermSet } from '../../lib/match/term-set';
import { judgeText, type TextJudgement } from '../../lib/sites/judge-text';

/** WXT types getURL with the public files it knows; the index is emitted by our own build plugin. */
const packagedUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

/** Where the reader's compiled glossary is stored (a storage item in the extension). */
export interface UserIndexSource {
  getValue(): Promise<MatcherIndex | null>;
  watch(callback: () => void): unknown;
}

export interface ScanService {
  scan: (texts: readonly string[]) => Promise<ScanReply>;
  lookup: (text: string) => Promise<string | null>;
  /** Whether a sample of a page reads as crypto (asked by the popup, and by the gate in everywhere mode). */
  judge: (text: string) => Promise<TextJudgement>;
}

/**
 * The glossary's matcher, for every tab: content scripts send their text here so a page's
 * main thread never compiles the glossary index, builds the matcher or runs it.
 */
export function createScanService(user: UserIndexSource): ScanService {
  let bundled: Promise<Matcher> | undefined;
  // The bundled index is a packaged file, not part of this script: at 2,000+ entries its
  // tables alone are megabytes, past what Firefox's add-on checks parse in one script, and
  // JSON.parse reads it faster than the engine would an object literal.
  const loadBundled = (): Promise<Matcher> =>
    (bundled ??= fetch(packagedUrl(MATCHER_INDEX_PATH))
      .then((r) => r.json() as Promise<PackedMatcherIndex>)
      .then((index) => new Matcher(index))
      .catch((error: unknown) => {
        bundled = undefined;
        throw error;
      }));
  let current: Promise<TermSet> | undefined;
  // Dropped when the reader's glossary changes. The storage event reaches this worker
  // through the browser before the rescan it triggers in a tab does (the import test in
  // tests/e2e/settings.spec.ts relies on it); a worker started afresh reads storage anyway.
  user.watch(() => {
    current = undefined;
  });
  const termSet = (): Promise<TermSet> =>
    (current ??= Promise.all([user.getValue(), loadBundled()]).then(
      ([index, matcher]) => new TermSet(index ? [matcher, new Matcher(index)] : [matcher]),
      (error: unknown) => {
        // Not kept: the next request reads storage again.
        current = undefined;
        throw error;
      },
    ));
  return {
    scan: async (texts) => answerScan(await termSet(), texts, () => performance.now()),
    lookup: async (text) => answerLookup(await termSet(), text),
    judge: async (text) => judgeText(await termSet(), text),
  };
}
