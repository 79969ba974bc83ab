import { isSureTerm, readsAsCrypto } from '../match/crypto-page';
import type { WordCount } from '../match/types';
import type { TermSet } from '../match/term-set';

/** Whether a sample of a page's text reads as crypto, and the figures that say so. */
export interface TextJudgement {
  crypto: boolean;
  /** Distinct unambiguous glossary terms of crypto's own areas in the sample. */
  distinctTerms: number;
  /** Words in the sample. */
  words: number;
}

/**
 * Judges a sample of a page as the content script judges a whole page it scans: by its
 * distinct terms that are neither ordinary words nor shared with traditional finance, per
 * word (lib/match/crypto-page.ts).
 */
export function judgeText(set: TermSet, text: string): TextJudgement {
  const words: WordCount = { count: 0 };
  const distinct = new Set<string>();
  for (const m of set.scan(text, words)) {
    if (isSureTerm({ ambiguous: set.isAmbiguous(m), general: set.isGeneral(m) })) distinct.add(set.idOf(m));
  }
  const density = { distinctTerms: distinct.size, words: words.count };
  return { crypto: readsAsCrypto(density), ...density };
}

/** The background's answer to `termlight:judge-text`, checked; undefined for anything else. */
export function readJudgement(reply: unknown): TextJudgement | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  const { crypto, distinctTerms, words } = reply as Partial<Record<keyof TextJudgement, unknown>>;
  if (typeof crypto !== 'boolean' || !isCount(distinctTerms) || !isCount(words)) return undefined;
  return { crypto, distinctTerms, words };
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}
