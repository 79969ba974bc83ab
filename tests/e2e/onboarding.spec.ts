import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

/** One call the page made to chrome.permissions.request. */
interface PermissionAsk {
  origins: string[] | undefined;
  /** Whether the call came during a user gesture, which the real prompt requires. */
  gesture: boolean;
}

/**
 * Stands in for the browser's permission prompt, which headless Chromium shows to nobody
 * (a real request stays pending for ever): records every request the page makes and
 * answers it with `grant`, as the reader would. Chrome's `browser` namespace shares
 * `chrome.permissions`, so the polyfill's calls come here too.
 */
async function answerPermissionPrompts(page: Page, grant: boolean): Promise<void> {
  await page.addInitScript((answer) => {
    const asks: PermissionAsk[] = [];
    const api = (globalThis as unknown as { chrome: { permissions: { request: unknown } } }).chrome.permissions;
    Object.assign(window, { termlightPermissionAsks: asks });
    api.request = (request: { origins?: string[] }, callback?: (granted: boolean) => void): Promise<boolean> | undefined => {
      asks.push({ origins: request.origins, gesture: navigator.userActivation.isActive });
      if (!callback) return Promise.resolve(answer);
      callback(answer);
      return undefined;
    };
  }, grant);
}

const permissionAsks = (page: Page): Promise<PermissionAsk[]> =>
  page.evaluate(() => (window as unknown as { termlightPermissionAsks: PermissionAsk[] }).termlightPermissionAsks);

/** What the extension stored: settings as written (undefined if never) and the onboarding flag. */
async function stored(worker: Worker): Promise<{ settings?: { everywhere?: boolean }; onboardedAt?: number }> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { get(key: string): Promise<Record<string, unknown>> }> } };
    const [sync, local] = await Promise.all([chrome.storage.sync.get('settings'), chrome.storage.local.get('onboardedAt')]);
    return { settings: sync.settings as { everywhere?: boolean } | undefined, onboardedAt: local.onboardedAt as number | undefined };
  });
}

const ALL_SITES = ['https://*/*', 'http://*/*'];

test.describe('onboarding', () => {
  test.describe(() => {
    test.use({ keepWelcomeTab: true });
    test('opens by itself when Termlight is installed', async ({ context, extensionId }) => {
      // Every test starts from a fresh profile, so the extension has just been installed.
      await expect.poll(() => context.pages().map((p) => p.url())).toContain(`chrome-extension://${extensionId}/onboarding.html`);
    });
  });

  test('"anywhere" asks for all sites from the click, then stores everywhere mode', async ({ page, extensionId, serviceWorker }) => {
    await answerPermissionPrompts(page, true);
    await page.goto(`chrome-extension://${extensionId}/onboarding.html`);
    const anywhere = page.getByRole('button', { name: 'Light crypto pages anywhere' });
    // The reason for the browser's prompt is on screen before the reader is asked.
    await expect(anywhere).toHaveAccessibleDescription(/read and change data on all sites/);
    await anywhere.click();
    await expect(page.getByRole('status')).toContainText('Termlight will light crypto pages on any site');
    expect(await permissionAsks(page)).toEqual([{ origins: ALL_SITES, gesture: true }]);
    await expect(anywhere).toHaveAttribute('aria-pressed', 'true');
    const after = await stored(serviceWorker);
    expect(after.settings?.everywhere).toBe(true);
    expect(after.onboardedAt).toEqual(expect.any(Number));
    // Coming back, the page shows the stored choice.
    await page.reload();
    await expect(anywhere).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Only on sites I choose' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('a refused prompt says so and keeps Termlight on the chosen sites', async ({ page, extensionId, serviceWorker }) => {
    await answerPermissionPrompts(page, false);
    await page.goto(`chrome-extension://${extensionId}/onboarding.html`);
    await page.getByRole('button', { name: 'Light crypto pages anywhere' }).click();
    await expect(page.getByRole('status')).toContainText('did not grant access to all sites');
    expect(await permissionAsks(page)).toHaveLength(1);
    await expect(page.getByRole('button', { name: 'Only on sites I choose' })).toHaveAttribute('aria-pressed', 'true');
    expect((await stored(serviceWorker)).settings?.everywhere ?? false).toBe(false);
  });

  test('"only sites I choose" asks for nothing and stores everywhere off', async ({ page, extensionId, serviceWorker }) => {
    await answerPermissionPrompts(page, true);
    await page.goto(`chrome-extension://${extensionId}/onboarding.html`);
    await page.getByRole('button', { name: 'Only on sites I choose' }).click();
    await expect(page.getByRole('status')).toContainText('Termlight runs on the sites it knows');
    expect(await permissionAsks(page)).toEqual([]);
    const after = await stored(serviceWorker);
    expect(after.settings?.everywhere).toBe(false);
    expect(after.onboardedAt).toEqual(expect.any(Number));
    await expect(page.getByRole('link', { name: 'options' })).toHaveAttribute('href', '/options.html');
  });

  test("the sample's card opens on hover with the term's real entry, and closes when the pointer leaves", async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/onboarding.html`);
    const term = page.getByRole('button', { name: 'optimistic rollup' });
    await term.hover();
    const card = page.getByRole('dialog', { name: 'Optimistic rollup' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('challenge');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
  });

  test('the keyboard opens a sample card with focus inside, and Esc gives focus back', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/onboarding.html`);
    const term = page.getByRole('button', { name: 'price impact' });
    await term.focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: 'Price impact' });
    await expect(card).toBeFocused();
    // Related terms open inside the card, and Back returns.
    await card.getByRole('navigation', { name: 'Related terms' }).getByRole('button').first().click();
    await expect(card).toBeHidden();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(term).toBeFocused();
  });
});
