import type { TextJudgement } from './judge-text';

/** What the popup says on a site Termlight does not know. */
export interface NotLitNotice {
  /** Why Termlight is not on here. */
  why: string;
  /** Whether the page reads as crypto, or where that is not known yet, what is happening. */
  verdict: string;
  /** The label of the button that turns Termlight on for the site. */
  action: string;
}

/**
 * The popup's words for an unknown site, given what reading the page found: undefined while
 * it is being read, null when it could not be read (a page the browser keeps extensions
 * out of, or one that closed meanwhile).
 */
export function notLitNotice(host: string, judgement: TextJudgement | null | undefined): NotLitNotice {
  return {
    why: `Termlight is not on for ${host}: it is not a crypto site it knows.`,
    verdict: verdictOf(judgement),
    action: `Light ${host}`,
  };
}

function verdictOf(judgement: TextJudgement | null | undefined): string {
  if (judgement === undefined) return 'Reading the page…';
  if (judgement === null) return 'Termlight could not read this page.';
  if (!judgement.crypto) return 'This page does not read as crypto.';
  // Never fewer than three terms: readsAsCrypto asks for at least that many.
  return `This page reads as crypto: ${judgement.distinctTerms} glossary terms found.`;
}
