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

  test(`the onboarding page, with a sample card open, has no serious or critical accessibility issue (${scheme})`, async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/onboarding.html`);
    await page.getByRole('button', { name: 'funding rate' }).click();
    await expect(page.getByRole('dialog', { name: 'Funding rate' })).toBeFocused();
    const serious = async (): Promise<string[]> =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(await serious()).toEqual([]);
    // Once chosen: the pressed option and the notice have their own colours.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Only on sites I choose' }).click();
    await expect(page.getByRole('status')).toContainText('Done');
    expect(await serious()).toEqual([]);
  });
}
