import { browser } from 'wxt/browser';
import { SCAN_PORT, type PageTermsResponse } from '../../lib/messages';
import { toolbarState } from '../../lib/toolbar/state';
import { ASK_AFTER_SCAN_MS, ASK_SCHEDULE_MS, stillStarting } from '../../lib/toolbar/timing';
import { sendToTab } from '../../utils/messaging';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { showToolbarState } from './toolbar-action';

/** What the background keeps per tab to keep its toolbar button right. */
interface TabWatch {
  /** Between the tab's "loading" and "complete". */
  loading: boolean;
  /** When this worker saw the tab finish loading (Date.now()), if it did. */
  loadedAt?: number;
  /** The top frame's content script has sent text to be matched since the tab loaded. */
  scriptSeen: boolean;
  /** The asks still to come of the current bounded schedule. */
  timers: ReturnType<typeof setTimeout>[];
  /** Bumped by every ask: only the newest ask's answer is shown. */
  asks: number;
  /** The state last shown, to skip setting the same one again. */
  shown?: string;
}

/**
 * Keeps each tab's toolbar button saying whether the page is lit (and with how many terms),
 * switched off by the reader, or not a page Termlight runs on. The content script cannot
 * tell the background when its terms change, so the background asks it, with the
 * `termlight:page-terms` message the popup uses, on a few bounded schedules: after the page
 * loads, after its top frame stops sending text to be matched (its first scan, or a rescan
 * of what changed), and after the reader switches a site off or on; once when the reader
 * switches tabs. What to show is decided in lib/toolbar/state.ts.
 */
export function watchToolbar(): void {
  const tabs = new Map<number, TabWatch>();
  let denySites: Promise<readonly string[]> = loadSettings().then(
    ({ settings }) => settings.denySites,
    () => [],
  );

  const watchOf = (tabId: number): TabWatch => {
    let watch = tabs.get(tabId);
    if (!watch) {
      watch = { loading: false, scriptSeen: false, timers: [], asks: 0 };
      tabs.set(tabId, watch);
    }
    return watch;
  };
  const stopAsking = (watch: TabWatch): void => {
    for (const timer of watch.timers) clearTimeout(timer);
    watch.timers = [];
  };

  const show = async (tabId: number, watch: TabWatch, reply: PageTermsResponse | undefined): Promise<void> => {
    const sinceLoadedMs = watch.loadedAt === undefined ? undefined : Date.now() - watch.loadedAt;
    const starting = stillStarting({ loading: watch.loading, sinceLoadedMs, scriptSeen: watch.scriptSeen });
    const state = toolbarState({ reply, denySites: await denySites, starting });
    const key = JSON.stringify(state);
    if (key === watch.shown || tabs.get(tabId) !== watch) return;
    watch.shown = key;
    try {
      await showToolbarState(tabId, state);
    } catch (err) {
      watch.shown = undefined;
      // A tab that closed meanwhile is expected; anything else (an icon that would not load) is not.
      if (tabs.has(tabId)) console.warn('Termlight: could not update the toolbar button', err);
    }
  };

  const refresh = async (tabId: number): Promise<void> => {
    const watch = watchOf(tabId);
    // A loading tab has nothing to say yet; its "complete" starts the asking.
    if (watch.loading) return;
    const mine = ++watch.asks;
    // No content script in the tab (or not answering yet): the message has no receiver, and no reply.
    const reply = await sendToTab(tabId, { type: 'termlight:page-terms' });
    if (mine === watch.asks) await show(tabId, watch, reply);
  };

  const follow = (tabId: number, schedule: readonly number[]): void => {
    const watch = watchOf(tabId);
    stopAsking(watch);
    watch.timers = schedule.map((ms) => setTimeout(() => void refresh(tabId), ms));
  };
  const followAll = async (): Promise<void> => {
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) follow(tab.id, ASK_SCHEDULE_MS);
  };

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      const watch = watchOf(tabId);
      stopAsking(watch);
      Object.assign(watch, { loading: true, loadedAt: undefined, scriptSeen: false, asks: watch.asks + 1 });
      // Whatever the last page showed no longer holds (browsers differ on resetting it).
      watch.shown = undefined;
      void show(tabId, watch, undefined);
    } else if (change.status === 'complete') {
      Object.assign(watchOf(tabId), { loading: false, loadedAt: Date.now() });
      follow(tabId, ASK_SCHEDULE_MS);
    }
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void refresh(tabId));
  browser.tabs.onRemoved.addListener((tabId) => {
    const watch = tabs.get(tabId);
    if (watch) stopAsking(watch);
    tabs.delete(tabId);
  });

  // The top frame's scan port (entrypoints/content/scan-channel.ts): open while it sends
  // text, closed a little after the last batch was matched, by when it answers.
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== SCAN_PORT || tabId === undefined || port.sender?.frameId !== 0) return;
    const watch = watchOf(tabId);
    watch.scriptSeen = true;
    // Text comes only from a page far enough along, whether or not its "complete" arrived
    // (a page whose last image never loads): asking it is worth it from now on.
    watch.loading = false;
    watch.loadedAt ??= Date.now();
    port.onDisconnect.addListener(() => {
      if (tabs.has(tabId)) follow(tabId, ASK_AFTER_SCAN_MS);
    });
  });

  // Switching a site off or on changes what its tabs should show at once, and the page
  // rescans (so its terms come back a little later): every tab is asked again.
  let lastDeny: string | undefined;
  void denySites.then((sites) => (lastDeny ??= JSON.stringify(sites)));
  watchSettings((settings) => {
    const deny = JSON.stringify(settings.denySites);
    if (deny === lastDeny) return;
    lastDeny = deny;
    denySites = Promise.resolve(settings.denySites);
    void followAll();
  });
  // Tabs open before Termlight was installed or updated have no content script until reloaded.
  browser.runtime.onInstalled.addListener(() => void followAll());
}
