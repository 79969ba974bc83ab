import type { BrowserContext, Page, Worker } from '@playwright/test';

/** What the toolbar button shows for one tab, read in the service worker. */
export interface ButtonState {
  badge: string;
  title: string;
  /** The 16 px file of the icon the background last set on this tab, if it set one since recordIcons. */
  icon16?: string;
  /** Whether the browser loaded that icon (setIcon resolved). */
  iconLoaded?: boolean;
}

interface IconRecord {
  path: Record<string, string>;
  loaded?: boolean;
}

/** The parts of the extension APIs these helpers use, as the service worker sees them. */
interface Apis {
  tabs: { create(props: { url: string }): Promise<{ id?: number }> };
  action: {
    setIcon(details: { tabId?: number; path?: unknown }): Promise<void>;
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
}
interface WorkerScope {
  chrome: Apis;
  /** Chromium's own `browser` namespace, which the polyfill passes on as it is. */
  browser?: Apis;
  termlightIcons?: Record<number, IconRecord>;
}

/**
 * Opens a new tab whose id the service worker knows (without the "tabs" permission it
 * cannot tell tabs apart by address), then loads `url` in it through Playwright, so routes
 * and fixtures apply as on any page.
 */
export async function openTab(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tabId: number }> {
  // Named, so the page is not mistaken for another tab opening meanwhile (the welcome page).
  const blank = `about:blank#tab-${Math.random().toString(36).slice(2)}`;
  const [page, tabId] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url() === blank }),
    worker.evaluate(async (u) => (await (globalThis as unknown as WorkerScope).chrome.tabs.create({ url: u })).id ?? -1, blank),
  ]);
  await page.goto(url);
  return { page, tabId };
}

/**
 * Records, per tab, the icon the background sets. There is no action.getIcon: the only way
 * to see the icon is to watch setIcon, on both namespaces the background may reach it by.
 */
export async function recordIcons(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as WorkerScope;
    const seen: Record<number, IconRecord> = {};
    scope.termlightIcons = seen;
    for (const api of new Set([scope.chrome.action, scope.browser?.action])) {
      if (!api) continue;
      const original = api.setIcon.bind(api);
      api.setIcon = (details) => {
        const record: IconRecord = { path: details.path as Record<string, string> };
        if (details.tabId !== undefined) seen[details.tabId] = record;
        const done = original(details);
        done.then(
          () => (record.loaded = true),
          () => (record.loaded = false),
        );
        return done;
      };
    }
  });
}

export async function buttonState(worker: Worker, tabId: number): Promise<ButtonState> {
  return worker.evaluate(async (id) => {
    const scope = globalThis as unknown as WorkerScope;
    const icon = scope.termlightIcons?.[id];
    return {
      badge: await scope.chrome.action.getBadgeText({ tabId: id }),
      title: await scope.chrome.action.getTitle({ tabId: id }),
      icon16: icon?.path['16'],
      iconLoaded: icon?.loaded,
    };
  }, tabId);
}
