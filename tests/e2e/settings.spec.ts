import { expect, test } from './fixtures';
import { highlightedTexts, pointOf } from './support';

test.describe('popup search', () => {
  test('puts "Impermanent loss" first for a misspelling', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('combobox', { name: 'Search the glossary' }).fill('impermanant los');
    await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText('Impermanent loss');
  });

  test('reaches a detail view and back with the keyboard alone', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const box = page.getByRole('combobox', { name: 'Search the glossary' });
    await expect(box).toBeFocused();
    await page.keyboard.type('funding rate');
    const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Funding rate');
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('funding rate');
  });
});

test.describe('options reach open tabs live', () => {
  test.beforeEach(async ({ page, fixtureUrl }) => {
    await page.goto(`${fixtureUrl}/l2-article.html`);
    await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  });

  test('switching an area off removes its marks without a reload', async ({ context, page, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // Batch and layer 1 belong to "Layer 2 and Scaling" alone; optimistic rollup also to
    // "Layer Two Interoperability", so it stays lit while that area is on.
    await options.getByRole('checkbox', { name: /^Layer 2 and Scaling/ }).uncheck();
    await expect.poll(() => highlightedTexts(page, '#lead')).toEqual(['optimistic rollup', 'challenge period', 'withdrawal']);
    await options.getByRole('checkbox', { name: /^Layer Two Interoperability/ }).uncheck();
    await expect.poll(() => highlightedTexts(page, '#lead')).toEqual([]);
    await options.getByRole('checkbox', { name: /^Layer Two Interoperability/ }).check();
    await options.getByRole('checkbox', { name: /^Layer 2 and Scaling/ }).check();
    await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  });

  test('hover-only mode removes every mark but still opens cards', async ({ context, page, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('radio', { name: /Cards on hover only/ }).check();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
  });

  test('disabling the site removes all marks and page terms', async ({ context, page, extensionId, pageTerms }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByPlaceholder('Add a site, e.g. news.example.org').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add to never on these sites' }).click();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    expect((await pageTerms(page)).terms).toEqual([]);
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => highlightedTexts(page, '#lead')).toContain('optimistic rollup');
  });

  test('an imported user term is marked and its card opens', async ({ context, page, extensionId, fixtureUrl }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const glossary = [
      {
        id: 'rollup-lag',
        term: 'bad state root',
        aliases: [],
        areas: ['my-terms'],
        short: 'Our own note: a state root that a fraud proof would undo.',
        body: 'Written by the reader. <b>Not bold</b>.',
        related: ['fraud-proof'],
      },
    ];
    await options.locator('input[type=file]').first().setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(glossary)) });
    await expect(options.getByRole('region', { name: 'Import preview' })).toContainText('1 new');
    await options.getByRole('button', { name: 'Save 1 terms' }).click();
    await expect.poll(() => highlightedTexts(page, '#split')).toContain('bad state root');

    // A bad file changes nothing and says why.
    await options.locator('input[type=file]').first().setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('term,short\n,missing term\n') });
    await expect(options.getByRole('alert')).toContainText('nothing changed');
    await page.goto(`${fixtureUrl}/l2-article.html`);
    await expect.poll(() => highlightedTexts(page, '#split')).toContain('bad state root');
  });

  test("a user term's card shows its new definition once the reader re-imports it, on a page already open", async ({ context, page, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const save = async (short: string): Promise<void> => {
      const glossary = [{ id: 'rollup-lag', term: 'bad state root', aliases: [], areas: ['my-terms'], short, body: 'Written by the reader.', related: [] }];
      await options.locator('input[type=file]').first().setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(glossary)) });
      await options.getByRole('button', { name: 'Save 1 terms' }).click();
      await expect(options.getByRole('region', { name: 'Import preview' })).toHaveCount(0);
    };
    await save('First wording of the note.');
    await expect.poll(() => highlightedTexts(page, '#split')).toContain('bad state root');
    const hover = async (): Promise<void> => {
      const { x, y } = await pointOf(page, '#split', 'bad state root');
      await page.mouse.move(0, 0);
      await expect(page.locator('termlight-card .tl-term')).toHaveCount(0);
      await page.mouse.move(x, y);
    };
    await hover();
    await expect(page.locator('termlight-card .tl-short')).toHaveText('First wording of the note.');
    // Only the definition changes: the term, and so the matcher, stay as they were.
    await save('Second wording of the note.');
    await hover();
    await expect(page.locator('termlight-card .tl-short')).toHaveText('Second wording of the note.');
  });
});
