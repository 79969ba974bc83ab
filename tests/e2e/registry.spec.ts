import { askTab, expect, test } from './fixtures';
import { highlightedTexts } from './support';

/*
 * The CSS highlight registry is shared by the page and every extension: a page may clear it
 * for its own highlights at any time. Our marks must come back, cheaply.
 */

test.describe('marks in a registry the page also uses', () => {
  test.beforeEach(async ({ page, fixtureUrl }) => {
    await page.goto(`${fixtureUrl}/l2-article.html`);
    await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  });

  test('come back within a second after the page clears the whole registry', async ({ page }) => {
    const before = await highlightedTexts(page);
    // Cleared and read in one task: our restore check may run any time after it.
    const left = await page.evaluate(() => {
      CSS.highlights.clear();
      return CSS.highlights.size;
    });
    expect(left).toBe(0);
    // Held still: no scroll, no pointer; only our own slow check may bring them back.
    await expect.poll(() => highlightedTexts(page), { timeout: 1000, intervals: [100] }).toEqual(before);
  });

  test('come back when the page deletes only our names, or empties our highlight', async ({ page }) => {
    const before = await highlightedTexts(page);
    await page.evaluate(() => {
      for (const name of [...CSS.highlights.keys()]) if (name.startsWith('termlight-')) CSS.highlights.delete(name);
    });
    await expect.poll(() => highlightedTexts(page), { timeout: 1000, intervals: [100] }).toEqual(before);
    await page.evaluate(() => {
      for (const [name, h] of CSS.highlights) if (name.startsWith('termlight-')) h.clear();
    });
    await expect.poll(() => highlightedTexts(page), { timeout: 1000, intervals: [100] }).toEqual(before);
  });

  test('a page whose own highlight sits under our name gets ours back, and nothing throws', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const before = await highlightedTexts(page);
    await page.evaluate(() => {
      const name = [...CSS.highlights.keys()].find((n) => n.startsWith('termlight-'))!;
      CSS.highlights.set(name, new Highlight());
    });
    await expect.poll(() => highlightedTexts(page), { timeout: 1000, intervals: [100] }).toEqual(before);
    expect(errors).toEqual([]);
  });
});

// Tagged @alone: it measures time, and runs by itself after every other spec.
test('a page clearing the registry every 200 ms for 5 s gets our marks back within a second, at a small cost', { tag: '@alone' }, async ({ page, fixtureUrl, tabMessage }) => {
  test.setTimeout(30_000);
  await page.goto(`${fixtureUrl}/l2-article.html`);
  await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  const marks = await highlightedTexts(page);
  const before = await askTab(tabMessage, page, { type: 'termlight:stats' });
  const t0 = Date.now();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let n = 0;
        const timer = setInterval(() => {
          CSS.highlights.clear();
          if (++n === 25) {
            clearInterval(timer);
            resolve();
          }
        }, 200);
      }),
  );
  await expect.poll(() => highlightedTexts(page), { timeout: 1000, intervals: [100] }).toEqual(marks);
  const after = await askTab(tabMessage, page, { type: 'termlight:stats' });
  const seconds = (Date.now() - t0) / 1000;
  const share = (after.restoreMs - before.restoreMs + after.busyMs - before.busyMs) / (seconds * 1000);
  console.log(`registry storm: ${after.restores - before.restores} restores in ${seconds.toFixed(1)} s, our share ${(share * 100).toFixed(3)} % of one core`);
  expect(after.restores - before.restores).toBeGreaterThan(3);
  expect(share).toBeLessThan(0.1);
});

test('each post of a thread without headings is a section: a term repeated in reply 25 is marked there', async ({ page, fixtureUrl }) => {
  await page.goto(`${fixtureUrl}/forum-thread.html`);
  await expect.poll(() => highlightedTexts(page, '#reply-1')).toContain('challenge period');
  expect(await highlightedTexts(page, '#reply-25')).toContain('challenge period');
  expect(await highlightedTexts(page, '#reply-25')).toContain('optimistic rollup');
});
