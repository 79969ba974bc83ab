import type { Matcher } from '../../lib/match/matcher';
import type { PageTermsResponse } from '../../lib/messages';
import type { PageScan } from './page-scan';

/** The page's terms, most frequent first, for the popup's "On this page". */
export function pageTerms(url: string, scan: PageScan, matcher: Matcher): PageTermsResponse {
  const terms = [...scan.counts]
    .map(([term, count]) => ({ id: matcher.ids[term]!, term: matcher.terms[term]!, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  return { url, crypto: scan.crypto, terms };
}
