import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { messageTabShowing } from '../../scripts/tab-message';
import { expect, test } from './fixtures';
import { highlightedTexts, pointOf } from './support';

const card = (page: Page) => page.locator('termlight-card [role="dialog"]');

async function hover(page: Page, selector: string, text: string): Promise<number> {
  const { x, y } = await pointOf(page, selector, text);
  const t0 = Date.now();
  await page.mouse.move(x, y);
  await expect(card(page).locator('.tl-term')).toBeVisible();
  return Date.now() - t0;
}

/** Sends the message the keyboard shortcut and the context menu send, from the background. */
async function lookupSelection(serviceWorker: Worker, url: string, text?: string): Promise<void> {
  await messageTabShowing(serviceWorker, url, text === undefined ? { type: 'termlight:lookup-selection' } : { type: 'termlight:lookup-selection', text });
}

test.describe('the hover card', () => {
  test.beforeEach(async ({ page, fixtureUrl }) => {
    await page.goto(`${fixtureUrl}/l2-article.html`);
    await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  });

  test('opens on the right term within the dwell delay and reports how long it took', async ({ page }) => {
    const ms = await hover(page, '#lead', 'optimistic rollup');
    await expect(card(page).locator('.tl-term')).toHaveText('Optimistic rollup');
    await expect(card(page).locator('.tl-short')).not.toBeEmpty();
    test.info().annotations.push({ type: 'hover.ms', description: String(ms) });
    console.log(`hover -> card visible: ${ms} ms (dwell delay 300 ms)`);
  });

  test('pins, follows related terms, goes back, and closes with Esc', async ({ page }) => {
    await hover(page, '#lead', 'optimistic rollup');
    await card(page).getByRole('button', { name: 'Pin the card' }).click();
    await expect(card(page).getByRole('button', { name: 'Pin the card' })).toHaveAttribute('aria-pressed', 'true');
    const first = card(page).locator('.tl-related button').first();
    const relatedName = (await first.textContent())!;
    await first.click();
    await expect(card(page).locator('.tl-term')).toHaveText(relatedName);
    await card(page).getByRole('button', { name: 'Back' }).click();
    await expect(card(page).locator('.tl-term')).toHaveText('Optimistic rollup');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
  });

  test('closes with its close button and after the pointer leaves', async ({ page }) => {
    await hover(page, '#lead', 'challenge period');
    await card(page).getByRole('button', { name: 'Close' }).click();
    await expect(card(page)).toBeHidden();
    await hover(page, '#lead', 'challenge period');
    await page.mouse.move(5, 5);
    await expect(card(page)).toBeHidden();
  });

  test('"I know this" stops marking the term, and the card still opens', async ({ page }) => {
    await hover(page, '#lead', 'challenge period');
    await card(page).getByRole('button', { name: 'I know this' }).click();
    await expect.poll(() => highlightedTexts(page, '#lead')).not.toContain('challenge period');
    await page.mouse.move(5, 5);
    await expect(card(page)).toBeHidden();
    await hover(page, '#lead', 'challenge period');
    await expect(card(page).getByRole('button', { name: 'Mark it again' })).toBeVisible();
  });

  test('looks up the selection from the keyboard, moves focus in, and gives it back on Esc', async ({ page, serviceWorker }) => {
    await page.evaluate(() => {
      const p = document.querySelector('#far')!.firstChild!;
      const range = document.createRange();
      range.setStart(p, 0);
      range.setEnd(p, 'Data availability'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await lookupSelection(serviceWorker, page.url());
    await expect(card(page).locator('.tl-term')).toHaveText('Data availability');
    const activeInCard = () =>
      page.evaluate(() => document.querySelector('termlight-card')?.shadowRoot?.activeElement?.className ?? document.activeElement?.localName);
    await expect.poll(activeInCard).toBe('tl-card');
    await page.keyboard.press('Tab');
    const focusedInCard = await page.evaluate(() => document.activeElement?.localName);
    expect(focusedInCard).toBe('termlight-card');
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
  });

  test('looks up context-menu text that the glossary lacks and says so', async ({ page, serviceWorker }) => {
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      getSelection()!.addRange(range);
    });
    await lookupSelection(serviceWorker, page.url(), 'How settle');
    await expect(card(page).locator('.tl-term')).toHaveText('Not in the glossary');
  });

  test('has no serious or critical accessibility issue', async ({ page }) => {
    await hover(page, '#lead', 'optimistic rollup');
    await card(page).getByRole('button', { name: 'Read more' }).click();
    const results = await new AxeBuilder({ page }).include('termlight-card').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test('the card stays inside the window near every edge', async ({ page, fixtureUrl }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${fixtureUrl}/card-edges.html`);
  await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(3);
  for (const [selector, text] of [['#tl', 'validity proof'], ['#tr', 'zk-rollup'], ['#bl', 'fraud proof'], ['#br', 'state root']] as const) {
    await page.mouse.move(400, 150);
    await expect(card(page)).toBeHidden();
    await hover(page, selector, text);
    await expect(card(page).locator('.tl-short')).toBeVisible();
    await page.waitForTimeout(100);
    const box = (await card(page).boundingBox())!;
    expect(box.x, selector).toBeGreaterThanOrEqual(0);
    expect(box.y, selector).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, selector).toBeLessThanOrEqual(800);
    expect(box.y + box.height, selector).toBeLessThanOrEqual(600);
  }
});

test("hostile page CSS does not change the card's look", async ({ page, fixtureUrl }) => {
  const look = async (): Promise<Record<string, string>> =>
    card(page).evaluate((el) => {
      const pick = (node: Element) => {
        const s = getComputedStyle(node);
        return [s.fontSize, s.fontFamily, s.color, s.backgroundColor, s.width, s.padding, s.letterSpacing, s.display, s.borderRadius].join('|');
      };
      return { card: pick(el), term: pick(el.querySelector('.tl-term')!), short: pick(el.querySelector('.tl-short')!) };
    });
  await page.goto(`${fixtureUrl}/card-edges.html`);
  await expect.poll(() => highlightedTexts(page, '#mid')).toContain('optimistic rollup');
  await hover(page, '#mid', 'optimistic rollup');
  const normal = await look();
  await page.goto(`${fixtureUrl}/hostile.html`);
  await expect.poll(() => highlightedTexts(page, '#text')).toContain('optimistic rollup');
  await hover(page, '#text', 'optimistic rollup');
  expect(await look()).toEqual(normal);
});
