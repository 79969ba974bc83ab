import { askTab, expect, test } from './fixtures';
import { RECORD_MUTATIONS, foreignMutations, highlightedTexts, pointOf } from './support';

test.describe('content script on a fixture article', () => {
  test.beforeEach(async ({ context, fixtureUrl, page }) => {
    await context.addInitScript(RECORD_MUTATIONS);
    await page.goto(`${fixtureUrl}/l2-article.html`);
    await expect.poll(() => highlightedTexts(page)).not.toHaveLength(0);
  });

  test('is matched by the WebAssembly scanner in the background', async ({ page, tabMessage }) => {
    const stats = await askTab(tabMessage, page, { type: 'termlight:stats' });
    expect(stats.matches).toBeGreaterThan(0);
    expect(stats.backgroundWasm).toBe(true);
  });

  test('reports the terms found on the page', async ({ page, pageTerms }) => {
    const report = await pageTerms(page);
    expect(report.url).toBe(page.url());
    expect(report.crypto).toBe(true);
    const ids = report.terms.map((t) => t.id);
    for (const id of ['optimistic-rollup', 'layer-1', 'challenge-period', 'withdrawal', 'sequencer', 'fraud-proof', 'layer-2', 'canonical-bridge', 'zk-rollup', 'validity-proof', 'data-availability']) {
      expect(ids, id).toContain(id);
    }
    // "data availability" appears once in text and once in a textarea, which is never read.
    expect(report.terms.find((t) => t.id === 'data-availability')?.count).toBe(1);
    expect(report.terms.find((t) => t.id === 'sequencer')?.count).toBe(1);
  });

  test('highlights exactly the matched words, across inline elements', async ({ page }) => {
    expect(await highlightedTexts(page, '#lead')).toEqual(['optimistic rollup', 'batches', 'layer 1', 'challenge period', 'withdrawal']);
    expect(await highlightedTexts(page, '#split')).toEqual(['sequencer', 'transactions', 'fraud proof', 'state root']);
    expect(await highlightedTexts(page, '#plural')).toEqual(['L2s', 'canonical bridge', 'zk-rollups', 'validity proofs']);
  });

  test('never marks code, form fields or editors, nor ETH inside Ethereum', async ({ page }) => {
    for (const selector of ['#code', '#field', '#area', '#editor']) {
      expect(await highlightedTexts(page, selector), selector).toEqual([]);
    }
    // "Ethereum" is a term of its own; what matters is that no mark ends inside it at "ETH".
    expect(await highlightedTexts(page, '#case')).toEqual(['Ethereum', 'ETH']);
  });

  test('hovering a marked term opens its card', async ({ page }) => {
    const { x, y } = await pointOf(page, '#lead', 'challenge period');
    await page.mouse.move(x, y);
    const card = page.locator('termlight-card [role="dialog"]');
    await expect(card).toBeVisible();
    await expect(card.locator('.tl-term')).toHaveText('Challenge period');
    await expect(card).toContainText('Layer Two Interoperability');
    await expect(card.locator('.tl-short')).not.toBeEmpty();
    // Moving away closes it after the grace period.
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
  });

  test('changes nothing in the page outside its own card host', async ({ page }) => {
    const { x, y } = await pointOf(page, '#split', 'sequencer');
    await page.mouse.move(x, y);
    await expect(page.locator('termlight-card .tl-term')).toHaveText('Sequencer');
    expect(await foreignMutations(page)).toEqual([]);
  });
});

test('the popup finds "Optimistic rollup" from a misspelt query', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const search = page.getByRole('combobox', { name: 'Search the glossary' });
  await expect(search).toBeFocused();
  await search.fill('optimstic');
  const first = page.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
  await expect(first).toContainText('Optimistic rollup');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Optimistic rollup');
});

test('marks a page whose background was stopped: the browser wakes it to match the text', async ({ context, page, fixtureUrl, serviceWorker }) => {
  // Chromium stops an idle extension service worker after about 30 s, and matching lives
  // there. Closing its target stops it the same way (Chrome's own samples do this).
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url === serviceWorker.url());
  expect(worker).toBeDefined();
  // A mark in the worker's globals: a worker started afresh does not have it.
  await serviceWorker.evaluate(() => ((globalThis as { beforeStop?: boolean }).beforeStop = true));
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  await page.goto(`${fixtureUrl}/l2-article.html`);
  await expect.poll(() => highlightedTexts(page, '#lead')).toEqual(['optimistic rollup', 'batches', 'layer 1', 'challenge period', 'withdrawal']);
  expect(await serviceWorker.evaluate(() => (globalThis as { beforeStop?: boolean }).beforeStop ?? false)).toBe(false);
});
