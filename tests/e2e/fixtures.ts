import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { join } from 'node:path';
import { chromiumPath } from '../../scripts/browser-path';
import { serveFolder } from '../../scripts/static-server';
import { checkedReply, rawTabMessage } from '../../scripts/tab-message';
import type { MessageOf, PageTermsResponse, ReplyTo, TypeTo } from '../../lib/messages';

// TERMLIGHT_EXTENSION_DIR tests another build (e.g. `wxt build -m NAME` writes .output/chrome-mv3-NAME),
// so that two people building in one work tree do not test each other's half-written output.
export const EXTENSION_PATH = process.env.TERMLIGHT_EXTENSION_DIR ?? join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
const PAGES = join(import.meta.dirname, '..', 'pages');
const DEMO = join(import.meta.dirname, '..', '..', 'demo');

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Asks the content script of the tab showing `page` for its terms. */
  pageTerms: (page: Page) => Promise<PageTermsResponse>;
  /** Sends any message to the top-frame content script of the tab showing `page`. */
  tabMessage: (page: Page, message: object) => Promise<unknown>;
}

interface Options {
  /**
   * Whether the welcome tab that opens on install stays open. By default each test waits for
   * it and closes it before starting: it opens at a moment of its own choosing and becomes the
   * active tab, so a popup opened meanwhile would read the welcome tab as "the current page".
   */
  keepWelcomeTab: boolean;
}

interface WorkerFixtures {
  /** Base URL of tests/pages served on 127.0.0.1. */
  fixtureUrl: string;
  /** Base URL of the bundled demo served on 127.0.0.1. */
  demoUrl: string;
}

/** A worker fixture serving `folder` on 127.0.0.1 for as long as the worker lives. */
function served(folder: string) {
  return async ({}, use: (url: string) => Promise<void>): Promise<void> => {
    const server = await serveFolder(folder);
    await use(server.url);
    await server.close();
  };
}

export const test = base.extend<Fixtures & Options, WorkerFixtures>({
  keepWelcomeTab: [false, { option: true }],
  fixtureUrl: [served(PAGES), { scope: 'worker' }],
  demoUrl: [served(DEMO), { scope: 'worker' }],
  context: async ({ keepWelcomeTab }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`],
    });
    if (!keepWelcomeTab) await (await welcomeTab(context)).close();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  tabMessage: async ({ serviceWorker }, use) => {
    await use(async (page, message) => {
      // The content script starts at document_idle and reads settings first: give it time.
      for (let attempt = 0; ; attempt++) {
        try {
          return await rawTabMessage(serviceWorker, page.url(), message);
        } catch (err) {
          if (attempt >= 25) throw err;
          await page.waitForTimeout(200);
        }
      }
    });
  },
  pageTerms: async ({ tabMessage }, use) => {
    await use((page) => askTab(tabMessage, page, { type: 'termlight:page-terms' }));
  },
});

export const expect = test.expect;

/** `tabMessage`'s reply to `message`, read with its schema; throws if it does not fit. */
export async function askTab<K extends TypeTo<'tab'>>(send: Fixtures['tabMessage'], page: Page, message: MessageOf<K> & { type: K }): Promise<ReplyTo<K>> {
  return checkedReply<K>(message, await send(page, message));
}

const WELCOME = /^chrome-extension:\/\/[a-p]{32}\/onboarding\.html$/;

/**
 * The welcome tab the extension opens on install, once it shows its page. Read from the
 * context's pages rather than its "page" event: a tab made by `tabs.create` may be announced
 * before its address is known.
 */
async function welcomeTab(context: BrowserContext): Promise<Page> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const open = context.pages().find((page) => WELCOME.test(page.url()));
    if (open) return open;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the welcome tab did not open on install within 30 s');
}
