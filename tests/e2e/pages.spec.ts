import type { Page } from '@playwright/test';
import { askTab, expect, test } from './fixtures';
import { longArticle } from './long-article';
import { RECORD_MUTATIONS, foreignMutations, highlightedTexts, pointOf } from './support';

/** Console errors of the page, collected from the start. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon') && !m.text().includes('404')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.beforeEach(async ({ context }) => {
  await context.addInitScript(RECORD_MUTATIONS);
});

test('a 5,000-word article is read in slices and fully reported', async ({ context, page, fixtureUrl, pageTerms, tabMessage }) => {
  const url = `${fixtureUrl}/generated-long.html`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: longArticle(5200) }));
  const errors = consoleErrors(page);
  await page.goto(url);
  await expect.poll(async () => (await pageTerms(page)).terms.length).toBeGreaterThan(25);
  const report = await pageTerms(page);
  expect(report.crypto).toBe(true);
  for (const id of ['optimistic-rollup', 'impermanent-loss', 'funding-rate', 'health-factor', 'gamma', 'mev']) expect(report.terms.map((t) => t.id)).toContain(id);
  const stats = await askTab(tabMessage, page, { type: 'termlight:stats' });
  console.log(`5,000-word article: ${stats.blocks} blocks, ${stats.matches} matches, first scan ${stats.firstScanMs.toFixed(1)} ms, longest slice ${stats.longestSliceMs.toFixed(1)} ms, paint ${stats.paintMs.toFixed(1)} ms`);
  test.info().annotations.push({ type: 'page.longestTaskMs', description: stats.longestSliceMs.toFixed(1) });
  // First per section by default: far fewer marks than occurrences.
  expect((await highlightedTexts(page)).length).toBeLessThan(stats.matches / 2);
  expect(await foreignMutations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a page that re-renders itself keeps its marks and is never changed by us', async ({ page, fixtureUrl, pageTerms }) => {
  const errors = consoleErrors(page);
  await page.goto(`${fixtureUrl}/spa.html`);
  await expect.poll(() => highlightedTexts(page, '#app')).toContain('optimistic rollup');
  await page.waitForTimeout(1200);
  // After several re-renders the marks sit on the new text, not on nodes that are gone.
  await expect.poll(() => highlightedTexts(page, '#app')).toContain('optimistic rollup');
  // The page replaces its markup every 200 ms and changes gather for 50 ms before a rescan,
  // so right after a render the old ranges may still point at removed text; after the
  // rescan every mark must sit on connected text again.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...CSS.highlights.entries()].filter(([n]) => n.startsWith('termlight-')).every(([, h]) => h.size > 0 && [...h.keys()].every((r) => r.startContainer.isConnected)),
      ),
    )
    .toBe(true);
  await expect.poll(async () => (await pageTerms(page)).terms.map((t) => t.id)).toContain('data-availability');
  // The page's own re-renders happen inside #app; its markup is exactly what it rendered.
  const { html, expected } = await page.evaluate(() => ({ html: document.getElementById('app')!.innerHTML, expected: (window as unknown as { lastRender: string }).lastRender }));
  expect(html).toBe(expected);
  expect((await foreignMutations(page)).filter((m) => !m.includes('MAIN') && !m.includes('on P') && !m.includes('on H1'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('terms inside an open shadow root are found', async ({ page, fixtureUrl, pageTerms }) => {
  await page.goto(`${fixtureUrl}/shadow.html`);
  await expect.poll(async () => (await pageTerms(page)).terms.map((t) => t.id)).toContain('impermanent-loss');
  expect((await pageTerms(page)).terms.map((t) => t.id)).toContain('funding-rate');
  // Marks paint inside the shadow root too (the document's ::highlight rules reach it).
  expect(await highlightedTexts(page)).toContain('impermanent loss');
  // Hovering a term inside the shadow root opens its card.
  const box = await page.evaluate(() => {
    const text = document.getElementById('widget')!.shadowRoot!.getElementById('inner')!.firstChild!;
    const range = document.createRange();
    const at = (text as Text).data.indexOf('impermanent loss');
    range.setStart(text, at);
    range.setEnd(text, at + 'impermanent loss'.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await expect(page.locator('termlight-card .tl-term')).toHaveText('Impermanent loss');
  expect(await foreignMutations(page)).toEqual([]);
});

test('a same-origin frame is marked by its own instance and reported by the top page', async ({ page, fixtureUrl, pageTerms }) => {
  await page.goto(`${fixtureUrl}/frame-parent.html`);
  await expect.poll(async () => (await pageTerms(page)).terms.map((t) => t.id)).toContain('data-availability-sampling');
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('#framed')).toBeVisible();
  const framed = page.frames().find((f) => f.url().endsWith('frame-child.html'))!;
  await expect
    .poll(() => framed.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('termlight-')).length))
    .toBeGreaterThan(0);
  expect(await foreignMutations(page)).toEqual([]);
});

test('a strict-CSP page with Trusted Types is read and its card opens', async ({ context, page, fixtureUrl, pageTerms }) => {
  const url = `${fixtureUrl}/csp.html`;
  await context.route(url, async (route) => {
    const body = await (await fetch(`${fixtureUrl}/l2-article.html`)).text();
    const policy = "default-src 'none'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
    await route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': policy }, body });
  });
  const errors = consoleErrors(page);
  await page.goto(url);
  await expect.poll(async () => (await pageTerms(page)).terms.map((t) => t.id)).toContain('optimistic-rollup');
  // The card's module is imported from the extension and renders in its shadow root.
  const { x, y } = await pointOf(page, '#lead', 'challenge period');
  await page.mouse.move(x, y);
  await expect(page.locator('termlight-card .tl-term')).toHaveText('Challenge period');
  expect(await foreignMutations(page)).toEqual([]);
  // The page's own inline <style> is blocked by its policy; nothing of ours is.
  expect(errors.filter((e) => !e.includes("style-src 'self'"))).toEqual([]);
});

for (const name of ['noncrypto-chemistry', 'noncrypto-travel', 'noncrypto-git']) {
  test(`an ordinary page (${name}) gets no marks`, async ({ page, fixtureUrl, pageTerms }) => {
    await page.goto(`${fixtureUrl}/${name}.html`);
    const report = await pageTerms(page);
    expect(report.crypto).toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
    expect(report.terms).toEqual([]);
  });
}

// Tagged @alone: it runs after every other spec, by itself, so the share it reads (wall-clock
// time of our slices) is not inflated by other workers' browsers on the same cores.
test('a page that changes every 5 ms for 10 s costs us at most a tenth of one core, and stays intact', { tag: '@alone' }, async ({ page, fixtureUrl, tabMessage, pageTerms }) => {
  test.setTimeout(40_000);
  await page.goto(`${fixtureUrl}/ticker.html`);
  await expect.poll(() => highlightedTexts(page)).toContain('optimistic rollup');
  const before = await askTab(tabMessage, page, { type: 'termlight:stats' });
  const t0 = Date.now();
  await page.waitForTimeout(10_000);
  const after = await askTab(tabMessage, page, { type: 'termlight:stats' });
  const seconds = (Date.now() - t0) / 1000;
  // Ours is the page's main-thread time we used plus the matching the background did for us.
  const mainThread = (after.busyMs - before.busyMs) / (seconds * 1000);
  const background = (after.backgroundMatchMs - before.backgroundMatchMs) / (seconds * 1000);
  const share = mainThread + background;
  console.log(
    `mutation storm: ${after.rescans - before.rescans} rescans in ${seconds.toFixed(1)} s, our share ${(share * 100).toFixed(2)} % of one core (page's main thread ${(mainThread * 100).toFixed(2)} %, matching in the background ${(background * 100).toFixed(2)} %)`,
  );
  test.info().annotations.push({ type: 'storm.cpuShare', description: share.toFixed(4) });
  expect(share).toBeLessThanOrEqual(0.1);
  // Rescans are batched: at most one per 50 ms.
  expect(after.rescans - before.rescans).toBeLessThanOrEqual((seconds * 1000) / 50 + 1);
  // The rest of the page keeps its marks through the storm. (Marks inside the ticker itself
  // collapse each time its text is replaced, 5 ms after we paint them: nothing to read there.)
  expect(await highlightedTexts(page, 'p:not(#tick)')).toContain('optimistic rollup');
  expect((await pageTerms(page)).terms.map((t) => t.id)).toContain('optimistic-rollup');
  // Every change recorded is the ticker's own text; none is ours.
  expect((await foreignMutations(page)).filter((m) => m !== 'characterData on #text')).toEqual([]);
});
