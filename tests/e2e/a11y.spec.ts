import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test(`popup and options have no serious or critical accessibility issue (${scheme})`, async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('combobox', { name: 'Search the glossary' }).fill('gamma');
    await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText('Gamma');
    const serious = async (): Promise<string[]> =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(await serious()).toEqual([]);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { name: 'Highlighted areas' })).toBeVisible();
    expect(await serious()).toEqual([]);
  });
}
