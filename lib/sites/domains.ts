/**
 * Sites where Termlight runs without being asked: crypto and DeFi docs, news, research
 * and forums. Elsewhere the reader turns it on per site from the popup.
 */
export const CRYPTO_DOMAINS = [
  'ethereum.org',
  'docs.optimism.io',
  'docs.arbitrum.io',
  'docs.base.org',
  'docs.zksync.io',
  'docs.starknet.io',
  'docs.scroll.io',
  'docs.polygon.technology',
  'docs.uniswap.org',
  'docs.aave.com',
  'docs.compound.finance',
  'docs.lido.fi',
  'docs.eigenlayer.xyz',
  'docs.makerdao.com',
  'docs.sky.money',
  'docs.curve.fi',
  'docs.gmx.io',
  'docs.dydx.exchange',
  'docs.flashbots.net',
  'l2beat.com',
  'ethresear.ch',
  'ethereum-magicians.org',
  'eips.ethereum.org',
  'coindesk.com',
  'theblock.co',
  'decrypt.co',
  'blockworks.co',
  'thedefiant.io',
  'bankless.com',
  'messari.io',
  'defillama.com',
  'etherscan.io',
  'bitcoin.org',
  'bitcoinops.org',
  'docs.deribit.com',
  'vitalik.eth.limo',
] as const;

/** Local pages: the bundled demo that `npm start` serves, and test fixtures. */
export const LOCAL_DEV_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

export function contentScriptMatches(): string[] {
  // "*.example.org" also matches example.org itself.
  return [...CRYPTO_DOMAINS.map((d) => `https://*.${d}/*`), ...LOCAL_DEV_MATCHES];
}
