/**
 * Sites where Termlight runs without being asked: crypto docs, research, news, explorers,
 * dashboards and governance forums. Elsewhere the reader turns it on per site from the popup,
 * or everywhere (then only pages that read as crypto are lit).
 *
 * Each entry becomes `https://*.<entry>/*` in the manifest, so it covers its subdomains too:
 * an organisation that is crypto through and through is listed by its own domain, a
 * protocol whose domain serves its trading app by its docs, blog and forum hosts, and a
 * site on a hosting platform (github.io, substack.com, eth.limo…) by its own subdomain,
 * never the platform. lib/sites/domains.test.ts holds the list to those rules.
 */
export const CRYPTO_DOMAINS = [
  // Ethereum: the protocol, its research and standards, clients, staking and learning
  'ethereum.org', 'ethresear.ch', 'ethereum-magicians.org', 'ethereum.github.io', 'vitalik.eth.limo', 'vitalik.ca',
  'eth2book.info', 'epf.wiki', 'evm.codes', 'soliditylang.org', 'vyperlang.org', 'erc4337.io', 'ethstaker.org',
  'clientdiversity.org', 'ethernodes.org', 'nethermind.io', 'sigmaprime.io', 'docs.prylabs.network', 'reth.rs',
  'erigon.tech', 'besu.hyperledger.org', 'solidity-by-example.org', 'ethereum.stackexchange.com',
  // Layer 2s and rollup infrastructure
  'optimism.io', 'arbitrum.io', 'arbitrum.foundation', 'base.org', 'zksync.io', 'starknet.io', 'starkware.co',
  'cairo-lang.org', 'scroll.io', 'polygon.technology', 'linea.build', 'mantle.xyz', 'blast.io', 'taiko.xyz',
  'unichain.org', 'docs.world.org', 'docs.zora.co', 'loopring.io', 'aztec.network', 'fuel.network', 'soneium.org',
  'inkonchain.com', 'conduit.xyz', 'espressosys.com', 'rollup.codes',
  // Other chains: foundations' sites and developer docs
  'solana.com', 'docs.anza.xyz', 'helius.dev', 'solanacompass.com', 'cosmos.network', 'ibcprotocol.dev',
  'osmosis.zone', 'polkadot.network', 'polkadot.com', 'kusama.network', 'docs.substrate.io', 'avax.network',
  'near.org', 'aptosfoundation.org', 'aptoslabs.com', 'aptos.dev', 'sui.io', 'cardano.org', 'iohk.io', 'tezos.com',
  'developer.algorand.org', 'stellar.org', 'xrpl.org', 'ripple.com', 'litecoin.org', 'dogecoin.com', 'bitcoincash.org',
  'getmonero.org', 'z.cash', 'electriccoin.co', 'zfnd.org', 'hedera.com', 'internetcomputer.org', 'ton.org',
  'fantom.foundation', 'soniclabs.com', 'gnosischain.com', 'gnosis.io', 'roninchain.com', 'immutable.com', 'celo.org',
  'flow.com', 'kaspa.org', 'stacks.co', 'hiro.so', 'rootstock.io', 'babylonlabs.io', 'canton.network', 'vechain.org',
  'minaprotocol.com', 'cronos.org', 'bittensor.com', 'aleo.org', 'harmony.one', 'injective.com', 'sei.io', 'monad.xyz',
  'berachain.com', 'celestia.org', 'availproject.org', 'bnbchain.org', 'tron.network', 'ethereumclassic.org',
  'filecoin.io', 'arweave.org', 'dymension.xyz', 'hyperledger-fabric.readthedocs.io', 'monero.stackexchange.com',
  // Bitcoin and Lightning
  'bitcoin.org', 'bitcoincore.org', 'bitcoinops.org', 'bitcoin.it', 'bips.dev', 'learnmeabitcoin.com',
  'bitcoin.design', 'delvingbitcoin.org', 'btctranscripts.com', 'chaincode.com', 'nakamotoinstitute.org',
  'bitcoin.stackexchange.com', 'bitcoinlayers.org', 'liquid.net', 'ordinals.com', 'bitvm.org', 'blockstream.com',
  'river.com', 'unchained.com', 'lightning.network', 'lightning.engineering', 'acinq.co', 'corelightning.org',
  'lightningdevkit.org',
  // DeFi protocols: their docs, blogs and governance forums (docs hosts, not the trading apps, where the two differ)
  'docs.uniswap.org', 'gov.uniswap.org', 'blog.uniswap.org', 'aave.com', 'docs.compound.finance', 'comp.xyz',
  'docs.lido.fi', 'research.lido.fi', 'blog.lido.fi', 'docs.makerdao.com', 'forum.makerdao.com', 'docs.sky.money',
  'forum.sky.money', 'docs.spark.fi', 'docs.curve.fi', 'resources.curve.fi', 'gov.curve.fi', 'docs.curve.finance',
  'docs.convexfinance.com', 'docs.balancer.fi', 'forum.balancer.fi', 'docs.sushi.com', 'docs.pancakeswap.finance',
  'aerodrome.finance', 'velodrome.finance', 'docs.bancor.network', '1inch.io', 'docs.cow.fi', 'forum.cow.fi',
  'docs.0x.org', 'jup.ag', 'docs.raydium.io', 'docs.orca.so', 'docs.euler.finance', 'docs.kamino.finance',
  'docs.fluid.instadapp.io', 'docs.liquity.org', 'docs.maple.finance', 'docs.morpho.org', 'forum.morpho.org',
  'venus.io', 'docs.benqi.fi', 'gearbox.fi', 'docs.pendle.finance', 'docs.yearn.fi', 'docs.beefy.finance',
  'docs.olympusdao.finance', 'docs.nexusmutual.io',
  // Perpetuals, options and prediction markets
  'docs.gmx.io', 'docs.dydx.exchange', 'docs.dydx.xyz', 'dydx.forum', 'hyperliquid.gitbook.io', 'docs.synthetix.io',
  'blog.synthetix.io', 'docs.drift.trade', 'docs.aevo.xyz', 'docs.derive.xyz', 'docs.panoptic.xyz',
  'docs.polymarket.com', 'docs.opensea.io',
  // Staking, liquid staking and restaking
  'docs.rocketpool.net', 'jito.network', 'docs.marinade.finance', 'docs.stakewise.io', 'docs.ssv.network', 'obol.org',
  'docs.eigenlayer.xyz', 'forum.eigenlayer.xyz', 'docs.symbiotic.fi', 'docs.karak.network', 'ether.fi',
  'docs.renzoprotocol.com', 'kelpdao.xyz', 'docs.puffer.fi', 'docs.swellnetwork.io',
  // Stablecoins and tokenised assets
  'docs.ethena.fi', 'docs.frax.finance', 'docs.usual.money', 'docs.angle.money', 'developers.circle.com', 'tether.to',
  'docs.paxos.com', 'worldlibertyfinancial.com', 'ondo.finance', 'securitize.io', 'docs.centrifuge.io',
  'docs.threshold.network',
  // Oracles, bridges and interoperability
  'chain.link', 'pyth.network', 'docs.redstone.finance', 'docs.uma.xyz', 'docs.api3.org', 'chroniclelabs.org',
  'wormhole.com', 'layerzero.network', 'docs.across.to', 'docs.stargate.finance', 'docs.thorchain.org',
  'docs.hop.exchange', 'docs.connext.network', 'axelar.network', 'docs.axelar.dev', 'docs.hyperlane.xyz',
  'docs.debridge.finance', 'docs.li.fi', 'chainlist.org',
  // Wallets, accounts and names
  'metamask.io', 'docs.safe.global', 'forum.safe.global', 'ledger.com', 'trezor.io', 'rabby.io', 'rainbow.me',
  'phantom.com', 'phantom.app', 'docs.walletconnect.com', 'reown.com', 'argent.xyz', 'trustwallet.com', 'keplr.app',
  'solflare.com', 'backpack.app', 'sparrowwallet.com', 'electrum.org', 'pimlico.io', 'ens.domains',
  // Developer tools and node infrastructure
  'alchemy.com', 'infura.io', 'quicknode.com', 'thegraph.com', 'tenderly.co', 'openzeppelin.com', 'consensys.io',
  'getfoundry.sh', 'hardhat.org', 'ethers.org', 'viem.sh', 'wagmi.sh', 'blocknative.com', 'flashbots.net',
  // Zero knowledge
  'zkproof.org', 'zkresear.ch', 'docs.circom.io', 'noir-lang.org', 'o1labs.org', 'succinct.xyz', 'risczero.com',
  'zkhack.dev', 'zksecurity.xyz', 'pse.dev',
  // Security, audits and forensics
  'samczsun.com', 'immunefi.com', 'code4rena.com', 'sherlock.xyz', 'cantina.xyz', 'cyfrin.io', 'certora.com',
  'chainalysis.com', 'trmlabs.com',
  // Research: funds, risk desks, analysts
  'paradigm.xyz', 'a16zcrypto.com', 'multicoin.capital', 'variant.fund', 'dragonfly.xyz', 'galaxy.com',
  'panteracapital.com', 'delphidigital.io', 'messari.io', 'gauntlet.xyz', 'chaoslabs.xyz', 'llamarisk.com',
  'blockanalitica.com', 'steakhouse.financial', 'kaiko.com', 'glassnode.com', 'coinmetrics.io',
  // Governance and DAO tools
  'snapshot.org', 'tally.xyz', 'gitcoin.co', 'agora.xyz',
  // Exchanges' docs and learning hubs (not the trading sites themselves)
  'academy.binance.com', 'learn.bybit.com', 'docs.kraken.com', 'blog.kraken.com', 'docs.cdp.coinbase.com',
  'blog.bitmex.com', 'docs.deribit.com', 'insights.deribit.com',
  // News, newsletters and podcasts
  'coindesk.com', 'theblock.co', 'decrypt.co', 'blockworks.co', 'thedefiant.io', 'bankless.com', 'cointelegraph.com',
  'dlnews.com', 'unchainedcrypto.com', 'rekt.news', 'bitcoinmagazine.com', 'cryptoslate.com', 'cryptobriefing.com',
  'beincrypto.com', 'cryptonews.com', 'protos.com', 'thebigwhale.io', 'therollup.co', 'defiprime.com',
  'weekinethereumnews.com', 'thedailygwei.substack.com', 'doseofdefi.substack.com', 'wublock.substack.com',
  'milkroad.com', 'decentralised.co', 'web3isgoinggreat.com', 'zeroknowledge.fm', 'epicenter.tv', 'whatbitcoindid.com',
  'stephanlivera.com',
  // Block explorers
  'etherscan.io', 'arbiscan.io', 'basescan.org', 'polygonscan.com', 'bscscan.com', 'snowtrace.io', 'celoscan.io',
  'gnosisscan.io', 'lineascan.build', 'scrollscan.com', 'blastscan.io', 'sonicscan.org', 'blockscout.com',
  'etherchain.org', 'ethplorer.io', 'beaconcha.in', 'beaconscan.com', 'blockchair.com', 'blockchain.com',
  'blockstream.info', 'mempool.space', 'amboss.space', 'solscan.io', 'solana.fm', 'mintscan.io', 'subscan.io',
  'tronscan.org', 'cardanoscan.io', 'tzkt.io', 'xrpscan.com', 'stellar.expert', 'suiscan.xyz', 'suivision.xyz',
  'nearblocks.io', 'tonviewer.com', 'hashscan.io', 'celenium.io', 'wormholescan.io', 'layerzeroscan.com',
  'hypurrscan.io', 'voyager.online', 'taostats.io',
  // Data and dashboards
  'defillama.com', 'dune.com', 'tokenterminal.com', 'artemis.xyz', 'flipsidecrypto.xyz', 'coingecko.com',
  'coinmarketcap.com', 'l2beat.com', 'growthepie.xyz', 'l2fees.info', 'ultrasound.money', 'rated.network',
  'validatorqueue.com', 'stakingrewards.com', 'mevboost.pics', 'relayscan.io', 'mevwatch.info', 'eigenphi.io',
  'stablecoins.wtf', 'rwa.xyz', 'dappradar.com', 'coinglass.com', 'laevitas.ch', 'dexscreener.com',
  'geckoterminal.com', 'debank.com', 'zerion.io', 'nansen.ai', 'arkhamintelligence.com', 'cryptoquant.com',
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
