import { CRYPTO_DOMAINS, originPatterns } from './domains';

export const ALL_SITES = ['https://*/*', 'http://*/*'] as const;

/**
 * The pages the runtime-registered content script should cover: the sites the reader
 * enabled, and every site in everywhere mode, but only where the browser granted us the
 * host permission. The built-in list is left to the manifest's content script, so no page
 * gets two copies.
 */
export function desiredRegistration({
  allowSites,
  everywhere,
  granted,
}: {
  allowSites: readonly string[];
  everywhere: boolean;
  /** Origin patterns the browser reports as granted (permissions.getAll). */
  granted: readonly string[];
}): { matches: string[]; excludeMatches: string[] } {
  const have = new Set(granted);
  const all = ALL_SITES.every((p) => have.has(p)) || have.has('<all_urls>');
  const matches = everywhere && all ? [...ALL_SITES] : allowSites.flatMap((site) => originPatterns(site).filter((p) => all || have.has(p)));
  return { matches: [...new Set(matches)], excludeMatches: CRYPTO_DOMAINS.map((d) => `https://*.${d}/*`) };
}
