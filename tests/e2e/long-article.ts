/** A long crypto article written from our own sentences, for scale and slicing tests. */
const SENTENCES = [
  'An optimistic rollup posts batches of transactions to layer 1 and waits out a challenge period before withdrawals are final.',
  'A zk-rollup attaches a validity proof to each batch, so the state root is accepted as soon as the proof verifies.',
  'Liquidity providers in an automated market maker earn swap fees but carry impermanent loss when prices drift apart.',
  'On a lending market, the health factor falls as collateral loses value, and a liquidation follows once it drops below one.',
  'Traders of a perpetual future pay or receive the funding rate, which pulls the contract price toward the index price.',
  'An option seller watches delta, gamma and theta, while implied volatility sets most of the premium.',
  'Validators stake ether, attest to blocks, and risk slashing if they sign two conflicting messages.',
  'Searchers compete for MEV by bundling transactions, and block builders pass the best bundles to proposers through relays.',
  'A hardware wallet keeps the private key offline, and a seed phrase restores it if the device is lost.',
  'Governance token holders vote on proposals, and a timelock delays execution so users can react.',
  'Readers who follow these markets also meet ordinary words that carry no special meaning here, such as the weather, the river and the town.',
  'The team met on Tuesday to review the plan, and the notes went out to everyone after lunch.',
];

export function longArticle(words: number): string {
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture: a long article</title></head><body>'];
  let count = 0;
  let section = 0;
  let i = 0;
  while (count < words) {
    if (i % 12 === 0) parts.push(`<h2>Part ${++section}</h2>`);
    const paragraph = [0, 1, 2, 3].map((k) => SENTENCES[(i * 5 + k * 7) % SENTENCES.length]!).join(' ');
    parts.push(`<p>${paragraph}</p>`);
    count += paragraph.split(/\s+/).length;
    i++;
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
