import type { PageMatch } from '../../lib/match/remote';
import type { PageTermsResponse } from '../../lib/messages';
import type { GateVerdict } from './page-gate';
import type { PageScan } from './page-scan';

/** The page's terms, most frequent first, for the popup's "On this page". */
export function pageTerms(url: string, scan: PageScan | undefined, counts: (m: PageMatch) => boolean, marks: boolean, gate: GateVerdict): PageTermsResponse {
  if (!scan) return { url, crypto: false, marks, gate, terms: [] };
  const terms = [...scan.counts(counts)]
    .map(([id, { term, count }]) => ({ id, term, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  return { url, crypto: scan.readsAsCrypto(), marks, gate, terms };
}
