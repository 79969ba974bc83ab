import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedReply } from '../../scripts/tab-message';
import { startFirefox, until, type FirefoxSession } from './firefox';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await startFirefox();
});
afterAll(() => ff.close());

/** What Firefox's toolbar button (MV2: browserAction) shows for the tab showing `url`, read from the extension tab. */
function button(url: string): Promise<{ badge: string; title: string } | null> {
  return ff.extension.evaluate(async (u) => {
    const { browser: ext } = globalThis as unknown as {
      browser: {
        tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
        browserAction: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
      };
    };
    // Tab addresses are hidden without the "tabs" permission: the content script says which page it shows.
    for (const tab of await ext.tabs.query({})) {
      if (tab.id === undefined) continue;
      const who = (await ext.tabs.sendMessage(tab.id, { type: 'termlight:page-terms' }).catch(() => undefined)) as { url?: string } | undefined;
      if (who?.url === u) return { badge: await ext.browserAction.getBadgeText({ tabId: tab.id }), title: await ext.browserAction.getTitle({ tabId: tab.id }) };
    }
    return null;
  }, url);
}

describe('Firefox: the toolbar button', () => {
  it("counts a lit page's distinct terms on browserAction's badge", async () => {
    const { page, demoUrl } = ff;
    await page.goto(`${demoUrl}/`);
    const count = checkedReply({ type: 'termlight:page-terms' }, await ff.tabMessage(page.url(), { type: 'termlight:page-terms' })).terms.length;
    expect(count).toBeGreaterThan(30);
    const shown = await until(() => button(page.url()), (b) => b?.badge === String(count));
    expect(shown?.title).toBe(`Termlight: ${count} glossary terms on this page`);
  });
});
