/**
 * The pages of the floor bench (bench/floor.ts), written from our own sentences: a protocol's
 * docs page and an ordinary page of the same size and layout (site header, sidebar of links,
 * headings, paragraphs, a few code blocks, footer), the same for every run.
 */
import { mulberry32 } from './text';

const DOCS = [
  'An optimistic rollup posts batches of transactions to layer 1 and waits out a challenge period before withdrawals are final.',
  'The sequencer orders transactions and publishes the batch data as blobs, which keeps data availability cheap.',
  'Liquidity providers deposit both tokens of a pair and receive LP tokens that track their share of the pool.',
  'A swap moves the price along the bonding curve, and the difference from the quoted price is the price impact.',
  'Borrowers post collateral, and a liquidation follows when the health factor falls below one.',
  'The funding rate of a perpetual future pulls its mark price toward the index price every hour.',
  'Validators stake ether, attest to each slot, and are slashed for signing two conflicting blocks.',
  'Governance proposals pass through a timelock, so token holders can exit before a change takes effect.',
  'The oracle reports a time-weighted average price, which is harder to manipulate within a single block.',
  'Gas on layer 2 has two parts: the execution fee on the rollup and the cost of posting its data to layer 1.',
  'Bridged tokens are locked in the bridge contract on layer 1 and minted as wrapped tokens on layer 2.',
  'Call the deposit function with the amount in wei, and approve the vault to spend the token first.',
];
const ORDINARY = [
  'The library opens at nine on weekdays and at ten on Saturdays, and closes early before public holidays.',
  'Members may borrow up to twelve books at a time and renew each of them twice from the catalogue page.',
  'Tomatoes want six hours of sun, steady watering at the roots and a stake once the first trusses form.',
  'Prune the roses in late winter, just above an outward-facing bud, and burn any wood that shows disease.',
  'The number 12 bus runs every fifteen minutes from the station to the harbour, and hourly after eight in the evening.',
  'Knead the dough for ten minutes, let it rise until doubled, then shape the loaves and bake them at 220 degrees.',
  'Our reading group meets on the first Thursday of the month; this season we are reading novels set by the sea.',
  'The town hall was rebuilt after the fire of 1892, in red brick with a clock tower facing the market square.',
  'Children under five swim free at the leisure centre when they come with an adult who holds a season ticket.',
  'Bring walking boots and a waterproof jacket: the coastal path is muddy after rain and exposed on the headland.',
  'The choir rehearses in the church hall on Tuesday evenings and welcomes new voices, no audition needed.',
  'Report a broken street light with the form on the council website, giving the nearest house number.',
];
const CODE_DOCS = 'const shares = await vault.deposit(amount, receiver);\nconst assets = await vault.previewRedeem(shares);';
const CODE_ORDINARY = 'opening_hours:\n  weekdays: "09:00-18:00"\n  saturday: "10:00-16:00"';

/** About `chars` characters of text in a docs layout, built from `sentences`. */
function layoutPage(title: string, sentences: readonly string[], code: string, chars: number, seed: number): string {
  const rand = mulberry32(seed);
  const links = Array.from({ length: 30 }, (_, i) => `<li><a href="#s${i}">${sentences[i % sentences.length]!.split(' ').slice(1, 4).join(' ')}</a></li>`).join('');
  const parts: string[] = [];
  let size = 0;
  for (let section = 0; size < chars; section++) {
    parts.push(`<h2 id="s${section}">${sentences[section % sentences.length]!.split(' ').slice(0, 5).join(' ')}</h2>`);
    for (let p = 0; p < 4 && size < chars; p++) {
      const paragraph = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentences[Math.floor(rand() * sentences.length)]!).join(' ');
      parts.push(`<p>${paragraph}</p>`);
      size += paragraph.length;
    }
    if (section % 3 === 2) parts.push(`<pre><code>${code}</code></pre>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="description" content="${sentences[0]}"></head><body>
<header><a href="/">Home</a> <input type="search" placeholder="Search"></header>
<aside><nav><ul>${links}</ul></nav></aside>
<main><h1>${title}</h1>${parts.join('\n')}</main>
<footer><p>Last updated in spring. Edit this page.</p></footer></body></html>`;
}

/** A protocol docs page of about `chars` characters of text. */
export const docsPage = (chars: number): string => layoutPage('Rollup and vault integration guide', DOCS, CODE_DOCS, chars, 7);

/** An ordinary page (a town's visitor guide) of about `chars` characters of text, no crypto. */
export const ordinaryPage = (chars: number): string => layoutPage('Visiting the town: a guide', ORDINARY, CODE_ORDINARY, chars, 7);
