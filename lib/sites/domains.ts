/**
 * Sites where Termlight runs without being asked: crypto and DeFi docs, news, research,
 * explorers, dapps and forums. Elsewhere the reader turns it on per site from the popup,
 * or everywhere (then only pages that read as crypto are lit).
 */
export const CRYPTO_DOMAINS = [
  // Protocol and chain documentation
  'ethereum.org', 'docs.optimism.io', 'docs.arbitrum.io', 'docs.base.org', 'docs.zksync.io', 'docs.starknet.io',
  'docs.scroll.io', 'docs.polygon.technology', 'docs.linea.build', 'docs.celestia.org', 'docs.eigenlayer.xyz',
  'docs.uniswap.org', 'docs.aave.com', 'aave.com', 'docs.compound.finance', 'docs.lido.fi', 'docs.makerdao.com',
  'docs.sky.money', 'docs.curve.fi', 'resources.curve.fi', 'docs.gmx.io', 'docs.dydx.exchange', 'docs.dydx.xyz',
  'hyperliquid.gitbook.io', 'docs.morpho.org', 'docs.pendle.finance', 'docs.ethena.fi', 'docs.chain.link',
  'docs.flashbots.net', 'docs.cow.fi', 'docs.across.to', 'docs.wormhole.com', 'docs.layerzero.network',
  'docs.deribit.com', 'docs.solana.com', 'solana.com', 'docs.cosmos.network', 'tutorials.cosmos.network',
  'docs.safe.global', 'docs.metamask.io', 'bitcoin.org', 'developer.bitcoin.org', 'bitcoinops.org',
  'docs.lightning.engineering', 'lightning.network', 'docs.polymarket.com', 'docs.synthetix.io',
  // Research, standards and forums
  'ethresear.ch', 'ethereum-magicians.org', 'eips.ethereum.org', 'vitalik.eth.limo', 'l2beat.com',
  'gov.uniswap.org', 'governance.aave.com', 'forum.arbitrum.foundation', 'gov.optimism.io', 'research.lido.fi',
  'forum.makerdao.com', 'paradigm.xyz', 'a16zcrypto.com', 'writings.flashbots.net', 'research.paradigm.xyz',
  // News and analysis
  'coindesk.com', 'theblock.co', 'decrypt.co', 'blockworks.co', 'thedefiant.io', 'bankless.com',
  'messari.io', 'cointelegraph.com', 'dlnews.com', 'unchainedcrypto.com', 'rekt.news',
  // Data, explorers and dashboards
  'defillama.com', 'etherscan.io', 'arbiscan.io', 'basescan.org', 'optimistic.etherscan.io', 'polygonscan.com',
  'blockscout.com', 'mempool.space', 'beaconcha.in', 'ultrasound.money', 'dune.com', 'tokenterminal.com',
  'coingecko.com', 'coinmarketcap.com', 'rated.network', 'growthepie.xyz',
] as const;

/** Local pages: the bundled demo that `npm start` serves, and test fixtures. */
export const LOCAL_DEV_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

export function contentScriptMatches(): string[] {
  // "*.example.org" also matches example.org itself.
  return [...CRYPTO_DOMAINS.map((d) => `https://*.${d}/*`), ...LOCAL_DEV_MATCHES];
}

/** A host as stored in settings: lower case, without "www.". */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

function onOrUnder(site: string, domain: string): boolean {
  return site === domain || site.endsWith(`.${domain}`);
}

/** Whether a host is on the built-in list. */
export function isCuratedHost(hostname: string): boolean {
  const site = siteOf(hostname);
  return CRYPTO_DOMAINS.some((d) => onOrUnder(site, d));
}

/**
 * Local pages (the demo, test fixtures, a developer's own server) are treated like pages in
 * everywhere mode: lit only when they read as crypto.
 */
export function isLocalHost(hostname: string): boolean {
  const site = siteOf(hostname);
  return site === '127.0.0.1' || site === 'localhost' || site === '[::1]';
}

/** Whether a host is on, or under, any of the reader's listed sites. */
export function listedHost(hostname: string, sites: readonly string[]): boolean {
  const site = siteOf(hostname);
  return sites.some((d) => onOrUnder(site, d));
}

/** The match pattern that covers one site the reader enabled, for permissions and scripting. */
export function originPatterns(site: string): string[] {
  return [`https://*.${site}/*`, `http://*.${site}/*`];
}
