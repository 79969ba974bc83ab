import { join } from 'node:path';
import { expect, test } from './fixtures';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');

/** Written to docs/ for the README only when asked, so a test run leaves the tree clean. */
function shotPath(name: string): string {
  return process.env.UPDATE_SCREENSHOT ? join(DOCS, name) : test.info().outputPath(name);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup and options render in the ${scheme} theme`, async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 400, height: 520 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('combobox', { name: 'Search the glossary' }).fill('gama');
    await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText('Gamma');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(29, 33, 39)' : 'rgb(255, 253, 248)');
    await page.screenshot({ path: shotPath(`popup-${scheme}.png`) });

    await page.setViewportSize({ width: 820, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { name: 'Highlighted areas' })).toBeVisible();
    await page.screenshot({ path: shotPath(`options-${scheme}.png`) });
  });
}
