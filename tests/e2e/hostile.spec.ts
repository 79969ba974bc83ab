import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { askTab, EXTENSION_PATH, expect, test } from './fixtures';
import { RECORD_MUTATIONS, foreignMutations, highlightedTexts, pointOf } from './support';

test.beforeEach(async ({ context }) => {
  await context.addInitScript(RECORD_MUTATIONS);
});

test('a page that overrides built-ins and forges our messages changes nothing', async ({ page, fixtureUrl, pageTerms }) => {
  await page.goto(`${fixtureUrl}/hostile-js.html`);
  await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  const report = await pageTerms(page);
  expect(report.url).toBe(page.url());
  expect(report.terms.map((t) => t.id)).toContain('fraud-proof');
  // Our card still mounts although the page broke appendChild and attachShadow in its world.
  const { x, y } = await pointOf(page, '#lead', 'fraud proof');
  await page.mouse.move(x, y);
  await expect(page.locator('termlight-card .tl-term')).toHaveText('Fraud proof');
  // Forged postMessage and DOM events neither scrolled, flashed nor closed anything.
  await page.waitForTimeout(500);
  await expect(page.locator('termlight-card .tl-term')).toHaveText('Fraud proof');
  expect(await page.evaluate(() => CSS.highlights.has('termlight-flash'))).toBe(false);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await foreignMutations(page)).toEqual([]);
});

test("a page cannot switch Termlight off by forging the event a newer instance of it sends", async ({ page, fixtureUrl, extensionId, pageTerms }) => {
  await page.goto(`${fixtureUrl}/l2-article.html`);
  await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  // WXT's name for it holds only the extension's id, which is public for a store extension.
  await page.evaluate((id) => {
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
    window.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
  }, extensionId);
  await page.waitForTimeout(300);
  expect(await highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  expect((await pageTerms(page)).terms.map((t) => t.id)).toContain('optimistic-rollup');
  const { x, y } = await pointOf(page, '#lead', 'optimistic rollup');
  await page.mouse.move(x, y);
  await expect(page.locator('termlight-card .tl-term')).toHaveText('Optimistic rollup');
});

test('a page of 200,000 nodes is read in slices, and the page stays intact', async ({ context, page, pageTerms, tabMessage }) => {
  // Served (through the router, no network) on a built-in crypto site, where a page is lit
  // whatever its density of terms.
  const url = 'https://docs.ethereum.org/termlight-fixture/nodes.html';
  const cells = Array.from({ length: 23_000 }, (_, i) =>
    i % 50 === 0 ? `<div><span>row ${i}</span> <b>optimistic</b> <i>rollup</i> and a fraud proof on layer 1 with data availability</div>` : `<div><span>row ${i}</span> <b>plain</b> <i>text</i></div>`,
  ).join('');
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><title>nodes</title><body>${cells}</body>` }));
  await page.goto(url);
  const nodes = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  });
  expect(nodes).toBeGreaterThanOrEqual(200_000);
  await expect.poll(async () => (await pageTerms(page)).terms.find((t) => t.id === 'optimistic-rollup')?.count ?? 0, { timeout: 15_000 }).toBe(460);
  const stats = await askTab(tabMessage, page, { type: 'termlight:stats' });
  console.log(`${nodes} nodes: ${stats.blocks} blocks, first scan ${stats.firstScanMs.toFixed(0)} ms, longest slice ${stats.longestSliceMs.toFixed(1)} ms, paint ${stats.paintMs.toFixed(1)} ms`);
  expect(await foreignMutations(page)).toEqual([]);
});

test('10 MB of text is read in slices, and the page stays intact', async ({ context, page, pageTerms, tabMessage }) => {
  const url = 'https://docs.ethereum.org/termlight-fixture/ten-mb.html';
  // 10,000 paragraphs of about 1 KB; one in 100 holds two known terms.
  const filler = 'The committee met again on Tuesday to read the minutes and plan the next quarter of work. '.repeat(12);
  const paragraphs = Array.from({ length: 10_000 }, (_, i) =>
    i % 100 === 0 ? `<p>${filler}An optimistic rollup relies on a fraud proof.</p>` : `<p>${filler}</p>`,
  );
  const body = `<!doctype html><meta charset="utf-8"><title>ten mb</title><body>${paragraphs.join('\n')}</body>`;
  expect(body.length).toBeGreaterThan(10_000_000);
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(url);
  await expect.poll(async () => (await pageTerms(page)).terms.find((t) => t.id === 'optimistic-rollup')?.count ?? 0, { timeout: 60_000 }).toBe(100);
  expect((await pageTerms(page)).terms.find((t) => t.id === 'fraud-proof')?.count).toBe(100);
  const stats = await askTab(tabMessage, page, { type: 'termlight:stats' });
  console.log(`10 MB of text: ${stats.blocks} blocks, first scan ${stats.firstScanMs.toFixed(0)} ms wall, ${stats.busyMs.toFixed(0)} ms of main thread, longest slice ${stats.longestSliceMs.toFixed(1)} ms`);
  expect(await foreignMutations(page)).toEqual([]);
});

test('deep open shadow trees and a 2,000-deep element chain are read without breaking anything', async ({ context, page, pageTerms }) => {
  const url = 'https://docs.ethereum.org/termlight-fixture/deep.html';
  // The page builds its own trees and watches each shadow root it made, since a
  // MutationObserver on the document does not see inside them.
  const script = `
    const host = document.getElementById('shadows');
    let parent = host;
    const roots = [];
    for (let depth = 0; depth < 60; depth++) {
      const el = document.createElement('div');
      parent.append(el);
      const root = el.attachShadow({ mode: 'open' });
      roots.push(root);
      const p = document.createElement('p');
      p.textContent = depth === 59 ? 'At the bottom sits an optimistic rollup.' : 'Level ' + depth + ' of the tree.';
      root.append(p);
      parent = root;
    }
    let chain = document.getElementById('chain');
    for (let depth = 0; depth < 2000; depth++) {
      const next = document.createElement('div');
      chain.append(next);
      chain = next;
    }
    chain.textContent = 'Deep down, a fraud proof challenges a state root.';
    roots.forEach((root, depth) => new MutationObserver((records) => window.__mutations.push(...records.map((r) => r.type + ' in shadow ' + depth))).observe(root, { subtree: true, childList: true, attributes: true, characterData: true }));
    document.title = 'built';
  `;
  const body = `<!doctype html><meta charset="utf-8"><title>deep</title><body><div id="shadows"></div><div id="chain"></div><script>${script}</script></body>`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(url);
  await expect(page).toHaveTitle('built');
  await expect.poll(async () => (await pageTerms(page)).terms.map((t) => t.id), { timeout: 20_000 }).toEqual(expect.arrayContaining(['optimistic-rollup', 'fraud-proof', 'state-root']));
  expect(await foreignMutations(page)).toEqual([]);
});

test('the extension itself sends no network request in a whole session', async ({ context, page, fixtureUrl, extensionId }) => {
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  await page.goto(`${fixtureUrl}/l2-article.html`);
  await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  const { x, y } = await pointOf(page, '#lead', 'challenge period');
  await page.mouse.move(x, y);
  await expect(page.locator('termlight-card .tl-term')).toHaveText('Challenge period');
  await page.locator('termlight-card').getByRole('button', { name: 'Read more' }).click();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('combobox', { name: 'Search the glossary' }).fill('gamma');
  await popup.getByRole('listbox', { name: 'Results' }).getByRole('option').first().click();
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Gamma');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#term=gamma`);
  await expect(options.getByRole('link', { name: 'Gamma', exact: true })).toBeVisible();
  // What the pages asked for themselves, and our own packaged files (the card's module
  // comes from a per-session extension id); nothing else.
  const packaged = (u: string): boolean => {
    const url = new URL(u);
    return url.protocol === 'chrome-extension:' && (url.host === extensionId || existsSync(join(EXTENSION_PATH, url.pathname)));
  };
  const foreign = seen.filter((u) => !packaged(u) && !u.startsWith(`${fixtureUrl}/l2-article.html`) && u !== `${fixtureUrl}/favicon.ico`);
  expect(foreign).toEqual([]);
});

test('a page cannot detect the extension by loading its files from the fixed extension id', async ({ page, fixtureUrl, extensionId }) => {
  await page.goto(`${fixtureUrl}/l2-article.html`);
  const outcome = await page.evaluate(async (id) => {
    try {
      await fetch(`chrome-extension://${id}/card-ui.js`);
      return 'loaded';
    } catch {
      return 'refused';
    }
  }, extensionId);
  expect(outcome).toBe('refused');
});

test('a page hears no message from the extension while it loads, scans and shows a card', async ({ context, page, fixtureUrl }) => {
  // Recorded from the page's own world, from before any script runs.
  await context.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
  });
  await page.goto(`${fixtureUrl}/l2-article.html`);
  await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  const { x, y } = await pointOf(page, '#lead', 'optimistic rollup');
  await page.mouse.move(x, y);
  await expect(page.locator('termlight-card .tl-term')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
});
