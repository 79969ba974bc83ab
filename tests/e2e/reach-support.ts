import { chromium, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../../scripts/browser-path';
import { allSitesCopy, turnOnEverywhere } from '../../scripts/everywhere';
import { statsAfterFirstScan } from '../../scripts/tab-message';
import type { ScanStats } from '../../lib/messages';
import { EXTENSION_PATH, test as base } from './fixtures';

const REACH = join(import.meta.dirname, '..', 'pages', 'reach');

/** An article of tests/pages/reach/ as markup, without the first line that names its title and description. */
export function articleMarkup(article: string): string {
  return readFileSync(join(REACH, `${article}.html`), 'utf8').replace(/^<!--.*?-->\n/, '');
}

/** A page of tests/pages/reach/ inside a platform's layout: its first line names title and description. */
export function platformPage(layout: string, article: string): string {
  const source = readFileSync(join(REACH, `${article}.html`), 'utf8');
  const [, title = '', description = ''] = /^<!-- (.*?) \| (.*?) -->/.exec(source) ?? [];
  let body = articleMarkup(article);
  // Notion draws every block as a div, headings included.
  if (layout === 'notion') body = body.replace(/<(\/?)(p|h1|h2)>/g, (_, close: string) => (close ? '</div>' : '<div class="notion-block">'));
  return readFileSync(join(REACH, `layout-${layout}.html`), 'utf8')
    .replaceAll('{{title}}', title)
    .replaceAll('{{description}}', description)
    .replace('{{article}}', body);
}

/**
 * The fixtures' test, with the extension in everywhere mode: a copy of the build with all
 * sites granted (scripts/everywhere.ts), its content script registered for every site.
 */
export const test = base.extend({
  context: async ({}, use) => {
    const copy = allSitesCopy(EXTENSION_PATH);
    const context: BrowserContext = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: [`--disable-extensions-except=${copy.path}`, `--load-extension=${copy.path}`],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await turnOnEverywhere(worker);
    await use(context);
    await context.close();
    copy.remove();
  },
});

export const expect = test.expect;

/** The stats of the tab showing `url` once its first pass (or its gate's refusal) is done. */
export async function settledStats(worker: Parameters<typeof statsAfterFirstScan>[0], url: string): Promise<ScanStats> {
  const stats = await statsAfterFirstScan(worker, url);
  if (!stats) throw new Error(`no stats from ${url}`);
  return stats;
}
