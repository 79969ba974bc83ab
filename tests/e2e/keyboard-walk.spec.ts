import type { Page, Worker } from '@playwright/test';
import { messageTabShowing } from '../../scripts/tab-message';
import { expect, test } from './fixtures';
import { markPoints } from './support';

const dialog = (page: Page) => page.locator('termlight-card [role="dialog"]');

/** What the next-term / previous-term shortcuts send: the browser's own shortcut keys cannot be pressed from a page. */
async function shortcut(worker: Worker, page: Page, direction: 1 | -1): Promise<void> {
  await messageTabShowing(worker, page.url(), { type: 'termlight:walk', direction });
}

test('walks the marked terms from the keyboard alone and gives focus back on Esc', async ({ page, fixtureUrl, serviceWorker }) => {
  await page.goto(`${fixtureUrl}/hover-walk.html`);
  await expect.poll(async () => (await markPoints(page, '#row')).length).toBeGreaterThan(2);
  const row = await markPoints(page, '#row');
  await page.locator('#start').focus();

  await shortcut(serviceWorker, page, 1);
  // The first marked term in view opens as a dialog that holds focus.
  await expect(dialog(page)).toBeVisible();
  const first = await dialog(page).getAttribute('data-term-id');
  await expect.poll(() => page.evaluate(() => document.querySelector('termlight-card')?.shadowRoot?.activeElement?.getAttribute('role'))).toBe('dialog');
  await expect(dialog(page)).toHaveAccessibleName(/.+/);

  // From here on, keys only.
  await page.keyboard.press('n');
  await expect(dialog(page)).not.toHaveAttribute('data-term-id', first!);
  const second = await dialog(page).getAttribute('data-term-id');
  await expect.poll(() => page.evaluate(() => document.querySelector('termlight-card')?.shadowRoot?.activeElement?.getAttribute('data-term-id'))).toBe(second);
  await page.keyboard.press('p');
  await expect(dialog(page)).toHaveAttribute('data-term-id', first!);
  // Back from the first mark wraps to the last, far down the page, scrolled into view.
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  const [below] = await markPoints(page, '#below');
  expect(below!.y).toBeGreaterThan(0);
  expect(below!.y).toBeLessThan(page.viewportSize()!.height);

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');
  expect(row.length).toBeGreaterThan(2);
});
