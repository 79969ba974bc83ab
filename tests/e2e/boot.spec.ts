import { askTab } from './fixtures';
import { openActionPopup } from './action-popup';
import { articleMarkup, expect, platformPage, settledStats, test } from './reach-support';
import { highlightedTexts } from './support';

/*
 * The content script's first module (entrypoints/content/boot.ts) in everywhere mode: it
 * samples a page and loads the main module (scanning, marks, cards) only where the page is
 * lit, so a page it leaves dark never evaluates that code. Its stats say which ran.
 */

test('a page the gate stops never loads the main module, and still answers for itself', async ({ context, page, serviceWorker, pageTerms }) => {
  const url = 'https://handbook.example/pools/lanes';
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: platformPage('gitbook', 'plain-swimming-pools') }));
  await page.goto(url);
  const stats = await settledStats(serviceWorker, url);
  expect(stats).toMatchObject({ gate: 'failed', mainModule: false, blocks: 0 });
  expect(stats.sample?.samples).toBe(1);
  expect(await pageTerms(page)).toMatchObject({ url, crypto: false, gate: 'failed', terms: [] });
  expect(await highlightedTexts(page)).toEqual([]);
  // Resting on a word changes nothing: the main module is still not loaded.
  const box = await page.locator('main p').first().boundingBox();
  await page.mouse.move(box!.x + 20, box!.y + 5);
  await page.waitForTimeout(600);
  expect(await page.locator('termlight-card').count()).toBe(0);
  expect((await settledStats(serviceWorker, url)).mainModule).toBe(false);
});

test('a crypto page at a host Termlight does not know loads the main module and is lit', async ({ context, page, serviceWorker, pageTerms }) => {
  const url = 'https://notes.example/essays/rollups';
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: platformPage('medium', 'crypto-rollup-essay') }));
  await page.goto(url);
  const stats = await settledStats(serviceWorker, url);
  expect(stats).toMatchObject({ gate: 'passed', mainModule: true });
  expect(stats.blocks).toBeGreaterThan(0);
  // One sample: the main module takes the first module's verdict rather than sampling again.
  expect(stats.sample?.samples).toBe(1);
  expect(await pageTerms(page)).toMatchObject({ crypto: true, gate: 'passed' });
  await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThanOrEqual(3);
});

test('the popup on a page the gate stopped says why nothing is lit there', async ({ context, extensionId, page }) => {
  const url = 'https://handbook.example/turbines';
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: platformPage('gitbook', 'plain-gas-turbines') }));
  await page.goto(url);
  const popup = await openActionPopup(context, extensionId, page);
  try {
    const openTab = `(() => { const tab = [...document.querySelectorAll('[role=tab]')].find((t) => t.textContent.startsWith('On this page')); tab?.click(); return tab !== undefined; })()`;
    await expect.poll(() => popup.evaluate(openTab), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => popup.text(), { timeout: 15_000 }).toContain('Termlight read the opening of this page and it does not read as crypto, so it leaves the page unlit.');
  } finally {
    await popup.close();
  }
});

test('a card asked for on a page the gate stopped loads the main module, and the page stays unlit', async ({ context, page, serviceWorker, tabMessage }) => {
  const url = 'https://handbook.example/pools/glossary';
  // An ordinary page with one crypto term far past the sample's reach.
  const filler = '<p>Lanes are roped off for lap swimming, and the pool deck is hosed down each evening after the last swim.</p>'.repeat(80);
  const body = platformPage('gitbook', 'plain-swimming-pools').replace('</main>', `${filler}<p id="far">A friend kept talking about impermanent loss.</p></main>`);
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(url);
  expect((await settledStats(serviceWorker, url)).mainModule).toBe(false);
  await page.evaluate(() => {
    const far = document.getElementById('far')!.firstChild!;
    const at = far.textContent!.indexOf('impermanent loss');
    const range = document.createRange();
    range.setStart(far, at);
    range.setEnd(far, at + 'impermanent loss'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  expect(await tabMessage(page, { type: 'termlight:lookup-selection' })).toBe('impermanent-loss');
  await expect(page.locator('termlight-card .tl-term')).toHaveText('Impermanent loss');
  const stats = await askTab(tabMessage, page, { type: 'termlight:stats' });
  expect(stats).toMatchObject({ gate: 'failed', mainModule: true, blocks: 0 });
  expect(await highlightedTexts(page)).toEqual([]);
});

test('a page the gate stopped is lit at once when the reader turns its site on', async ({ context, page, serviceWorker, pageTerms }) => {
  const url = 'https://handbook.example/glossary/staking';
  // A crypto article the sample cannot see: the opening is ordinary, the terms come late.
  const filler = '<p>Lanes are roped off for lap swimming, and the pool deck is hosed down each evening after the last swim.</p>'.repeat(80);
  const body = platformPage('gitbook', 'plain-swimming-pools').replace('</main>', `${filler}${articleMarkup('crypto-staking-notes')}</main>`);
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(url);
  expect(await settledStats(serviceWorker, url)).toMatchObject({ gate: 'failed', mainModule: false });
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<{ settings?: object }>; set(v: object): Promise<void> } } } };
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...settings, allowSites: ['handbook.example'] } });
  });
  await expect.poll(async () => (await pageTerms(page)).terms.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  expect(await settledStats(serviceWorker, url)).toMatchObject({ gate: 'skipped', mainModule: true });
  await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThanOrEqual(3);
});
