import { openActionPopup } from './action-popup';
import { expect, test } from './fixtures';

/*
 * A site Termlight does not know: a made-up https host, neither local nor built in, whose
 * pages are the fixtures served through Playwright's router. The popup is opened by pressing
 * the toolbar button for the tab, which grants activeTab as a reader's click does.
 */
const HOST = 'reading-room.example';

test.beforeEach(async ({ context, fixtureUrl }) => {
  await context.route(`https://${HOST}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const served = await fetch(`${fixtureUrl}${pathname}`);
    await route.fulfill({ status: served.status, contentType: served.headers.get('content-type') ?? 'text/html', body: await served.text() });
  });
});

test('the popup says why Termlight is off on an unknown site, and that a crypto page reads as crypto', async ({ context, extensionId, page }) => {
  await page.goto(`https://${HOST}/l2-article.html`);
  const popup = await openActionPopup(context, extensionId, page);
  try {
    await expect.poll(() => popup.text(), { timeout: 15_000 }).toContain(`Termlight is not on for ${HOST}: it is not a crypto site it knows.`);
    await expect.poll(() => popup.text(), { timeout: 15_000 }).toMatch(/This page reads as crypto: \d+ glossary terms found\./);
    const found = Number(/reads as crypto: (\d+)/.exec(await popup.text())![1]);
    expect(found).toBeGreaterThanOrEqual(3);
    expect(await popup.text()).toContain(`Light ${HOST}`);
    // It offers one way to turn Termlight on, not the header's "Enable on" as well.
    expect(await popup.text()).not.toContain('Enable on');
  } finally {
    await popup.close();
  }
});

test('the popup says an ordinary page on an unknown site does not read as crypto', async ({ context, extensionId, page }) => {
  await page.goto(`https://${HOST}/noncrypto-travel.html`);
  const popup = await openActionPopup(context, extensionId, page);
  try {
    await expect.poll(() => popup.text(), { timeout: 15_000 }).toContain('This page does not read as crypto.');
    const text = await popup.text();
    expect(text).toContain(`Termlight is not on for ${HOST}: it is not a crypto site it knows.`);
    expect(text).toContain(`Light ${HOST}`);
  } finally {
    await popup.close();
  }
});

test('"Light" asks the browser for that one site and turns Termlight on there', async ({ context, extensionId, page, serviceWorker }) => {
  await page.goto(`https://${HOST}/l2-article.html`);
  const popup = await openActionPopup(context, extensionId, page);
  try {
    // The popup reads the page and asks the background, which may be loading its matcher: wait for that state.
    await expect.poll(() => popup.text(), { timeout: 15_000 }).toContain(`Light ${HOST}`);
    // Headless Chromium shows its permission prompt to nobody: stand in for the reader who
    // allows it, and record what was asked. Done in the same evaluation as the click, so a
    // popup opened afresh meanwhile cannot miss the stand-in.
    const asked = await popup.evaluate(`(() => {
      const asks = [];
      chrome.permissions.request = (request, callback) => {
        asks.push(request.origins);
        if (!callback) return Promise.resolve(true);
        callback(true);
      };
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(`Light ${HOST}`)});
      button?.click();
      return asks;
    })()`);
    expect(asked).toEqual([[`https://*.${HOST}/*`, `http://*.${HOST}/*`]]);
    const allowSites = (): Promise<unknown> =>
      serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<Record<string, { allowSites?: string[] } | undefined>> } } } };
        return (await chrome.storage.sync.get('settings')).settings?.allowSites;
      });
    await expect.poll(allowSites).toEqual([HOST]);
  } finally {
    await popup.close();
  }
});
