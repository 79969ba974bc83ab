import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from '../../scripts/browser-path';
import { readMarks } from '../../scripts/page-marks';
import { serveFolder, type StaticServer } from '../../scripts/static-server';
import { readPointOf } from '../e2e/support';

const ROOT = join(import.meta.dirname, '..', '..');
/** What `npm run build:firefox` leaves; this suite never builds. */
/** TERMLIGHT_FIREFOX_BUILD tests another build (e.g. `wxt build -b firefox -m NAME` writes .output/firefox-mv2-NAME). */
export const FIREFOX_BUILD = process.env.TERMLIGHT_FIREFOX_BUILD ?? join(ROOT, '.output', 'firefox-mv2');
/** The manifest's `browser_specific_settings.gecko.id`, which installExtension needs. */
const GECKO_ID = 'termlight@termlight.dev';
/**
 * The add-on's internal UUID, fixed through a pref: Firefox picks a random one per install,
 * and the tests must know it to name moz-extension:// pages.
 */
export const EXTENSION_UUID = '6d4a1c2e-0b7f-4f4e-9a55-3b1e6f2a9c10';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Nothing loads but same-origin style sheets, and no DOM sink takes a plain string (Trusted Types). */
const STRICT_CSP = "default-src 'none'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/** A Firefox with the built extension installed, and fixture pages served on 127.0.0.1. */
export interface FirefoxSession {
  browser: Browser;
  /** The tab the tests read web pages in. */
  page: Page;
  /** A second tab showing one of the extension's own pages, which can call the extension's APIs. */
  extension: Page;
  /** Base URL of tests/pages. */
  fixtureUrl: string;
  /** Base URL of the bundled demo. */
  demoUrl: string;
  /** tests/pages again, served under a strict Content-Security-Policy with Trusted Types. */
  strictCspUrl: string;
  /** Shows one of the extension's pages (`popup.html`, `options.html#…`) in `extension`. */
  openExtensionPage(path: string): Promise<void>;
  /** Sends `message` to the content script of the tab showing `url`, the way the background does. */
  tabMessage(url: string, message: object): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * A copy of the Firefox build whose manifest also lists the popup and options pages in
 * `web_accessible_resources`. WebDriver BiDi refuses to navigate a tab to moz-extension://
 * ("not allowed in this context"), but a web page may go there by setting location.href
 * once the page is web-accessible. The entry exists only in this throwaway copy: the
 * shipped build exposes no page of ours to the web, and everything else tested is the
 * shipped build byte for byte.
 */
async function testableCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'termlight-firefox-'));
  await cp(FIREFOX_BUILD, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { web_accessible_resources?: unknown };
  if (manifest.web_accessible_resources !== undefined) {
    // The shipped Firefox build lists none today; if it ever does, merging must be thought out here.
    throw new Error('the Firefox build has web_accessible_resources of its own: extend testableCopy');
  }
  await writeFile(file, JSON.stringify({ ...manifest, web_accessible_resources: ['popup.html', 'options.html'] }));
  return dir;
}

/** The extension's side of tabMessage: runs in the extension tab, with its `browser` API. */
interface ExtensionGlobal {
  browser: {
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: unknown): Promise<unknown>;
    };
  };
}

export async function startFirefox(): Promise<FirefoxSession> {
  const cleanup: (() => Promise<unknown>)[] = [];
  const close = async (): Promise<void> => {
    // Newest first: the browser before the servers and the folder it reads.
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  };
  try {
    const extensionDir = await testableCopy();
    cleanup.push(() => rm(extensionDir, { recursive: true, force: true }));
    const servers: StaticServer[] = await Promise.all([
      serveFolder(join(ROOT, 'tests', 'pages')),
      serveFolder(join(ROOT, 'demo')),
      serveFolder(join(ROOT, 'tests', 'pages'), 0, { 'content-security-policy': STRICT_CSP }),
    ]);
    for (const s of servers) cleanup.push(() => s.close());
    const [fixtures, demo, strictCsp] = servers as [StaticServer, StaticServer, StaticServer];

    // WebDriver BiDi is spoken by Firefox itself: no geckodriver, which has no Debian package
    // and whose npm package downloads its binary at install time.
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: firefoxPath(),
      headless: true,
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
    });
    cleanup.push(() => browser.close());
    // A temporary add-on (BiDi webExtension.install): no signing needed.
    await browser.installExtension(extensionDir);

    const page = (await browser.pages())[0] ?? (await browser.newPage());
    const extension = await browser.newPage();
    const openExtensionPage = async (path: string): Promise<void> => {
      const url = `${EXTENSION_ORIGIN}/${path}`;
      // From a web page, since BiDi will not navigate there itself (see testableCopy).
      if (!(await extension.evaluate(() => location.protocol === 'moz-extension:'))) await extension.goto(`${fixtures.url}/l2-article.html`);
      await extension.evaluate((u) => {
        location.href = u;
      }, url);
      // page.url() keeps the old address after this navigation, and waitForNavigation
      // never resolves: ask the page itself.
      await extension.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
    };
    await openExtensionPage('popup.html');
    // The web page tab in front: it is the one with focus and a visible document.
    await page.bringToFront();

    const sendOnce = async (url: string, message: object): Promise<{ answered: boolean; reply: unknown }> =>
      // Without the "tabs" permission tab URLs are hidden, so every tab is asked what it shows.
      extension.evaluate(
        async (u, m) => {
          const { browser: ext } = globalThis as unknown as ExtensionGlobal;
          for (const tab of await ext.tabs.query({})) {
            if (tab.id === undefined) continue;
            const who = (await ext.tabs.sendMessage(tab.id, { type: 'termlight:page-terms' }).catch(() => undefined)) as { url?: string } | undefined;
            if (who?.url === u) return { answered: true, reply: await ext.tabs.sendMessage(tab.id, m) };
          }
          return { answered: false, reply: undefined };
        },
        url,
        message,
      );
    const tabMessage = async (url: string, message: object): Promise<unknown> => {
      // The content script starts at document_idle and reads settings first: give it time.
      for (let attempt = 0; ; attempt++) {
        const sent = await sendOnce(url, message);
        if (sent.answered) return sent.reply;
        if (attempt >= 25) throw new Error(`no content script answered for ${url}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    return { browser, page, extension, fixtureUrl: fixtures.url, demoUrl: demo.url, strictCspUrl: strictCsp.url, openExtensionPage, tabMessage, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Text of our marks under `within`, or all of them, read from CSS.highlights in the page. */
export async function highlightedTexts(page: Page, within?: string): Promise<string[]> {
  return (await page.evaluate(readMarks, within)).map((m) => m.text);
}

/** Polls `read` until `done` holds for its value, or fails with the last value after `timeoutMs`. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Centre of the first occurrence of `text` inside `selector`, in viewport coordinates. */
export async function pointOf(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(readPointOf, [selector, text] as const);
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  return point;
}

/** The open card as the reader sees it, or null when none is open. */
export interface CardState {
  id: string | null;
  term: string | null;
  /** Whether focus is inside the card (keyboard look-ups move it there). */
  focused: boolean;
}

export function cardState(page: Page): Promise<CardState | null> {
  return page.evaluate(() => {
    const root = document.querySelector('termlight-card')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!root || !dialog) return null;
    return {
      id: dialog.getAttribute('data-term-id'),
      term: dialog.querySelector('.tl-term')?.textContent ?? null,
      focused: root.activeElement !== null && dialog.contains(root.activeElement),
    };
  });
}

/** Waits for a card to open, then returns it. */
export async function openCard(page: Page, timeoutMs = 10_000): Promise<CardState> {
  const card = await until(() => cardState(page), (c) => c?.term != null, timeoutMs);
  return card!;
}
