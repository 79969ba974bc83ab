import { askTab } from './fixtures';
import { highlightedTexts } from './support';
import { articleMarkup, expect, platformPage, settledStats, test } from './reach-support';

/*
 * Everywhere mode on the platforms where much of crypto's long tail is written, served at
 * their real hosts through the router (nothing reaches the network). Each platform serves
 * a crypto page and three ordinary pages whose words crypto also uses (fork, gas, pool),
 * all written for these tests, in a layout like the platform's own.
 */
const PLATFORMS = [
  { name: 'GitBook', base: 'https://acme-yield.gitbook.io/docs/', layout: 'gitbook', crypto: 'crypto-vault-docs' },
  { name: 'Medium', base: 'https://medium.com/@samrivera/', layout: 'medium', crypto: 'crypto-rollup-essay' },
  { name: 'Mirror', base: 'https://mirror.xyz/sam.eth/', layout: 'mirror', crypto: 'crypto-mev-essay' },
  { name: 'Substack', base: 'https://onchainweekly.substack.com/p/', layout: 'substack', crypto: 'crypto-defi-newsletter' },
  { name: 'Notion', base: 'https://teamwiki.notion.site/', layout: 'notion', crypto: 'crypto-staking-notes' },
] as const;
const ORDINARY = ['plain-git-forks', 'plain-gas-turbines', 'plain-swimming-pools'] as const;

for (const platform of PLATFORMS) {
  test(`${platform.name}: a crypto page is lit; pages about git forks, gas turbines and swimming pools on the same host are not`, async ({ context, page, serviceWorker, pageTerms }) => {
    await context.route(`${platform.base}**`, (route) => {
      const name = new URL(route.request().url()).pathname.split('/').at(-1)!;
      return route.fulfill({ contentType: 'text/html', body: platformPage(platform.layout, name) });
    });
    const cryptoUrl = `${platform.base}${platform.crypto}`;
    await page.goto(cryptoUrl);
    const lit = await settledStats(serviceWorker, cryptoUrl);
    expect(lit.gate).toBe('passed');
    expect((await pageTerms(page)).crypto).toBe(true);
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThanOrEqual(3);

    for (const name of ORDINARY) {
      const url = `${platform.base}${name}`;
      await page.goto(url);
      const stats = await settledStats(serviceWorker, url);
      expect(stats.gate, name).toBe('failed');
      const report = await pageTerms(page);
      expect(report.crypto, name).toBe(false);
      expect(report.terms, name).toEqual([]);
      expect(await highlightedTexts(page), name).toEqual([]);
    }
  });
}

test('an ordinary page in everywhere mode is never read in full: only its bounded sample is', async ({ context, page, serviceWorker }) => {
  // A long ordinary page, ten times the sample's budget, with a crypto-looking word or two.
  const url = 'https://handbook.example/pools/long';
  const article = platformPage('gitbook', 'plain-swimming-pools');
  const long = article.replace('</main>', `${'<p>Lanes are roped off for lap swimming, and the pool deck is hosed down each evening after the last swim.</p>'.repeat(400)}</main>`);
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: long }));
  await page.goto(url);
  const stats = await settledStats(serviceWorker, url);
  expect(stats.gate).toBe('failed');
  // No full pass: not a block, a match or a word read beyond the sample.
  expect({ blocks: stats.blocks, matches: stats.matches, words: stats.words }).toEqual({ blocks: 0, matches: 0, words: 0 });
  expect(stats.sample?.samples).toBe(1);
  expect(stats.sample?.chars).toBeGreaterThan(1000);
  expect(stats.sample?.chars).toBeLessThanOrEqual(4000);
  // Resting on a word opens no card: the card's module is never loaded.
  const box = await page.locator('main p').nth(2).boundingBox();
  await page.mouse.move(box!.x + 20, box!.y + 5);
  await page.waitForTimeout(800);
  expect(await page.locator('termlight-card').count()).toBe(0);
});

test('a page that renders its article late is sampled again and lit', async ({ context, page, serviceWorker, pageTerms }) => {
  const url = 'https://app.example/read/rollups';
  const articleBody = articleMarkup('crypto-rollup-essay');
  // A client-rendered shell: a spinner first, the article 1.5 s later.
  const shell = `<!doctype html><meta charset="utf-8"><title>Reader</title><body><div id="app"><p>Loading…</p></div>
    <script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(`<article>${articleBody}</article>`)}; }, 1500);</script></body>`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: shell }));
  await page.goto(url);
  const first = await settledStats(serviceWorker, url);
  expect(first.gate).toBe('failed');
  await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  expect((await pageTerms(page)).crypto).toBe(true);
});

test('an ordinary page that never stops changing is sampled a bounded number of times', async ({ context, page, serviceWorker, tabMessage }) => {
  test.setTimeout(30_000);
  const url = 'https://scores.example/live';
  // Adds a paragraph of ordinary text every 200 ms, for ever.
  const ticker = `<!doctype html><meta charset="utf-8"><title>Live scores</title><body><main id="feed"><p>Live scores from the swimming gala.</p></main>
    <script>let n = 0; setInterval(() => { const p = document.createElement('p'); p.textContent = 'Heat ' + (++n) + ': the relay team from the north pool touched first, two lengths clear of the field after a fast turn at the wall.'.repeat(3); document.getElementById('feed').append(p); }, 200);</script></body>`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: ticker }));
  await page.goto(url);
  await settledStats(serviceWorker, url);
  await page.waitForTimeout(9_000);
  const stats = await askTab(tabMessage, page, { type: 'termlight:stats' });
  expect(stats.gate).toBe('failed');
  // The first sample and at most four more, spaced by 1.5 s: 9 s of changes reach the bound.
  expect(stats.sample?.samples).toBe(5);
  expect(stats.blocks).toBe(0);
});

test('a built-in crypto site skips the gate and is read in full', async ({ context, page, serviceWorker }) => {
  const url = 'https://docs.ethereum.org/pools/guide';
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: platformPage('gitbook', 'plain-swimming-pools') }));
  await page.goto(url);
  const stats = await settledStats(serviceWorker, url);
  expect(stats.gate).toBe('skipped');
  expect(stats.sample).toBeUndefined();
  expect(stats.blocks).toBeGreaterThan(0);
});

test('an article inside a web component is sampled through its open shadow root, and lit', async ({ context, page, serviceWorker }) => {
  const url = 'https://widgets.example/essay';
  const article = articleMarkup('crypto-mev-essay');
  const body = `<!doctype html><meta charset="utf-8"><title>Essay</title><body><essay-view></essay-view>
    <script>customElements.define('essay-view', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(article)}; } });</script></body>`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(url);
  const stats = await settledStats(serviceWorker, url);
  expect(stats.gate).toBe('passed');
  expect(stats.sample?.chars).toBeGreaterThan(1000);
  expect(stats.blocks).toBeGreaterThan(0);
});
