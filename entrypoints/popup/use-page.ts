import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { PageTermsResponse } from '../../lib/messages';
import { siteOf } from '../../lib/sites/domains';
import { sendToTab } from '../../utils/messaging';

export interface ActivePage {
  /** Undefined while asking; null when no Termlight content script answers in this tab. */
  report: PageTermsResponse | null | undefined;
  /** The tab's host, readable through activeTab once the reader opened the popup. */
  host: string | undefined;
  tabId: number | undefined;
  /** Scrolls the tab to the first occurrence of a term and flashes it. */
  reveal: (id: string) => void;
  refresh: () => void;
}

/** The current tab's terms, from its content script. */
export function useActivePage(): ActivePage {
  const [tabId, setTabId] = useState<number | undefined>();
  const [report, setReport] = useState<PageTermsResponse | null | undefined>();
  const [host, setHost] = useState<string | undefined>();
  const refresh = useCallback(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) {
        setReport(null);
        return;
      }
      setTabId(tab.id);
      if (tab.url?.startsWith('http')) setHost(siteOf(new URL(tab.url).hostname));
      setReport((await sendToTab(tab.id, { type: 'termlight:page-terms' })) ?? null);
    })();
  }, []);
  useEffect(refresh, [refresh]);
  const reveal = useCallback(
    (id: string) => {
      if (tabId !== undefined) void sendToTab(tabId, { type: 'termlight:reveal', id });
    },
    [tabId],
  );
  return { report, host, tabId, reveal, refresh };
}
