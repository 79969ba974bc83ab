import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { ROOT, shotPath } from './shots';
import { highlightedTexts, pointOf } from './support';

for (const scheme of ['light', 'dark'] as const) {
  test(`popup and options render in the ${scheme} theme`, async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 400, height: 520 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('combobox', { name: 'Search the glossary' }).fill('gama');
    await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText('Gamma');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(29, 33, 39)' : 'rgb(255, 253, 248)');
    await page.screenshot({ path: shotPath(`docs/popup-${scheme}.png`) });

    await page.setViewportSize({ width: 820, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { name: 'Highlighted areas' })).toBeVisible();
    await page.screenshot({ path: shotPath(`docs/options-${scheme}.png`) });
  });
}

/*
 * The stores' pictures: screenshots at 1280 × 800 from the demo page and the extension's own
 * pages, and the promo tile, written to store/ with UPDATE_SCREENSHOT=1.
 */
const STORE = { width: 1280, height: 800 } as const;

/** The demo at store size with the card of `term` open, the phrase a third of the way down. */
async function demoCard(page: Page, demoUrl: string, phrase: string, term: string): Promise<void> {
  await page.setViewportSize(STORE);
  await page.goto(`${demoUrl}/`);
  await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(25);
  const before = await pointOf(page, 'article', phrase);
  await page.evaluate((dy) => window.scrollBy(0, dy), before.y - STORE.height / 3);
  const { x, y } = await pointOf(page, 'article', phrase);
  await page.mouse.move(x, y);
  await expect(page.locator('termlight-card [role="dialog"] .tl-term')).toHaveText(term);
}

test.describe('store pictures', () => {
  test('1 and 2: a card over the demo article, light and dark', async ({ page, demoUrl }) => {
    await demoCard(page, demoUrl, 'optimistic rollup', 'Optimistic rollup');
    await page.screenshot({ path: shotPath('store/screenshot-1.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.mouse.move(0, 0);
    await demoCard(page, demoUrl, 'impermanent loss', 'Impermanent loss');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 25, 28)');
    await page.screenshot({ path: shotPath('store/screenshot-2.png') });
  });

  test('3: the popup finds a term however it is spelled', async ({ context, page, demoUrl, extensionId }) => {
    // The popup as the toolbar shows it, over the page it was opened on: as tall as its
    // content (420 px at least, popup.css), and as wide as the README's popup pictures.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 420 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('combobox', { name: 'Search the glossary' }).fill('impermanant los');
    await expect(popup.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText('Impermanent loss');
    const popupShot = await popup.screenshot({ fullPage: true });
    await popup.close();

    await page.setViewportSize(STORE);
    await page.goto(`${demoUrl}/`);
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(25);
    const pageShot = await page.screenshot();
    const png = (buffer: Buffer): string => `data:image/png;base64,${buffer.toString('base64')}`;
    await page.setContent(`<body style="margin:0;position:relative;width:${STORE.width}px;height:${STORE.height}px;overflow:hidden">
      <img src="${png(pageShot)}" style="position:absolute;inset:0">
      <img id="popup" src="${png(popupShot)}" style="position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 10px 32px rgb(0 0 0 / 30%)">
    </body>`);
    await expect(page.locator('#popup')).toHaveJSProperty('complete', true);
    await page.screenshot({ path: shotPath('store/screenshot-3.png') });
  });

  test('4: the options page', async ({ page, extensionId }) => {
    await page.setViewportSize(STORE);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { name: 'Highlighted areas' })).toBeVisible();
    await page.screenshot({ path: shotPath('store/screenshot-4.png') });
  });

  test('the promo tile, 440 × 280', async ({ page }) => {
    await page.goto(pathToFileURL(join(ROOT, 'store', 'promo-tile.html')).href);
    const tile = page.locator('#tile');
    await expect(tile.locator('img')).toHaveJSProperty('naturalWidth', 128);
    expect(await tile.boundingBox()).toMatchObject({ width: 440, height: 280 });
    await tile.screenshot({ path: shotPath('store/promo-tile.png') });
  });
});
