import { expect, test } from './fixtures';

test('the options page links to the privacy policy, shown inside the extension from PRIVACY.md', async ({ context, page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // Waits for that page by its address: the welcome page opens on install too.
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/privacy.html') });
  await page.getByRole('link', { name: 'Privacy' }).click();
  const policy = await opened;
  await expect(policy.getByRole('heading', { level: 1 })).toHaveText('Termlight and your privacy');
  await expect(policy.getByRole('heading', { name: 'Nothing leaves your browser' })).toBeVisible();
  await expect(policy.getByRole('heading', { name: 'How to clear it' })).toBeVisible();
  await expect(policy.getByRole('listitem').filter({ hasText: 'Delete my glossary' })).toHaveCount(1);
});
