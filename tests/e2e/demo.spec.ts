import { join } from 'node:path';
import { expect, test } from './fixtures';
import { highlightedTexts, pointOf } from './support';

const README_SHOT = join(import.meta.dirname, '..', '..', 'docs', 'screenshot.png');

test('the demo page is marked and its card opens; the README screenshot comes from here', async ({ page, demoUrl, pageTerms }) => {
  await page.setViewportSize({ width: 900, height: 640 });
  await page.goto(`${demoUrl}/`);
  await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(25);
  const report = await pageTerms(page);
  expect(report.crypto).toBe(true);
  expect(report.terms.length).toBeGreaterThan(30);
  // Code and form fields in the demo stay unmarked.
  expect(await highlightedTexts(page, 'pre')).toEqual([]);

  // Bring the paragraph on optimistic rollups to the upper part of the window.
  const before = await pointOf(page, 'article', 'optimistic rollup simply');
  await page.evaluate((dy) => window.scrollBy(0, dy), before.y - 200);
  const { x, y } = await pointOf(page, 'article', 'optimistic rollup simply');
  await page.mouse.move(x - 40, y);
  const card = page.locator('termlight-card [role="dialog"]');
  await expect(card.locator('.tl-term')).toHaveText('Optimistic rollup');
  // Written to docs/ only on request, so an ordinary test run leaves the tree clean.
  await page.screenshot({ path: process.env.UPDATE_SCREENSHOT ? README_SHOT : test.info().outputPath('demo.png') });
});
