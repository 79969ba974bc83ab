import { expect, test } from './fixtures';
import { buttonState, openTab, recordIcons } from './toolbar-button';

test.describe('the toolbar button says, per tab, what Termlight does there', () => {
  test('a lit page: the badge counts its distinct terms', async ({ context, serviceWorker, demoUrl, pageTerms }) => {
    await recordIcons(serviceWorker);
    const { page, tabId } = await openTab(context, serviceWorker, `${demoUrl}/`);
    const count = (await pageTerms(page)).terms.length;
    expect(count).toBeGreaterThan(30);
    await expect.poll(() => buttonState(serviceWorker, tabId)).toEqual({
      badge: String(count),
      title: `Termlight: ${count} glossary terms on this page`,
      icon16: 'icons/16.png',
      iconLoaded: true,
    });
  });

  test('the count follows terms the page adds later, without the tab being asked on a timer', async ({ context, serviceWorker, fixtureUrl, pageTerms }) => {
    const { page, tabId } = await openTab(context, serviceWorker, `${fixtureUrl}/l2-article.html`);
    const before = (await pageTerms(page)).terms.length;
    await expect.poll(async () => (await buttonState(serviceWorker, tabId)).badge).toBe(String(before));
    // Long after the asks that follow the load: only the rescan of the new text brings the change.
    await page.waitForTimeout(6000);
    await page.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'Liquidity providers carry impermanent loss, while perpetual futures pay a funding rate.';
      document.body.append(added);
    });
    await expect.poll(async () => (await pageTerms(page)).terms.length).toBeGreaterThan(before);
    const after = (await pageTerms(page)).terms.length;
    await expect.poll(async () => (await buttonState(serviceWorker, tabId)).badge, { timeout: 10_000 }).toBe(String(after));
  });

  test('a site the reader switched off: greyed icon, no badge, and back again', async ({ context, serviceWorker, extensionId, fixtureUrl, pageTerms }) => {
    await recordIcons(serviceWorker);
    const { page, tabId } = await openTab(context, serviceWorker, `${fixtureUrl}/l2-article.html`);
    const count = (await pageTerms(page)).terms.length;
    await expect.poll(async () => (await buttonState(serviceWorker, tabId)).badge).toBe(String(count));

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByPlaceholder('Add a site, e.g. news.example.org').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add to never on these sites' }).click();
    await expect.poll(() => buttonState(serviceWorker, tabId)).toEqual({
      badge: '',
      title: 'Termlight is off on 127.0.0.1: click to turn it back on',
      icon16: 'icons/off-16.png',
      iconLoaded: true,
    });

    // The page rescans once the site is back on; the background asks again until it answers.
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => buttonState(serviceWorker, tabId)).toMatchObject({ badge: String(count), icon16: 'icons/16.png', iconLoaded: true });
  });

  test('a site Termlight does not run on: a "?" and a title that says how to light it', async ({ context, serviceWorker }) => {
    // Served by the test, never fetched: example.org is not a site Termlight knows.
    await context.route('https://example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Rollups</h1><p>An optimistic rollup has a challenge period.</p>' }));
    const { tabId } = await openTab(context, serviceWorker, 'https://example.org/article');
    await expect.poll(() => buttonState(serviceWorker, tabId)).toMatchObject({
      badge: '?',
      title: 'Termlight is not on for this page: click to light its site or to search the glossary',
    });
  });

  test('a page Termlight reads but does not light: no badge, the ordinary icon', async ({ context, serviceWorker, fixtureUrl, pageTerms }) => {
    await recordIcons(serviceWorker);
    const { page, tabId } = await openTab(context, serviceWorker, `${fixtureUrl}/noncrypto-chemistry.html`);
    expect((await pageTerms(page)).terms).toEqual([]);
    await expect.poll(() => buttonState(serviceWorker, tabId)).toEqual({
      badge: '',
      title: 'Termlight: nothing to light on this page',
      icon16: 'icons/16.png',
      iconLoaded: true,
    });
  });
});
