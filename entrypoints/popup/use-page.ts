import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readPageTerms, type PageTermsResponse } from '../../lib/messages';
import { siteOf } from '../../lib/sites/domains';

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
      const reply: unknown = await browser.tabs.sendMessage(tab.id, { type: 'termlight:page-terms' }).catch(() => null);
      setReport(readPageTerms(reply) ?? null);
    })();
  }, []);
  useEffect(refresh, [refresh]);
  const reveal = useCallback(
    (id: string) => {
      if (tabId !== undefined) void browser.tabs.sendMessage(tabId, { type: 'termlight:reveal', id }).catch(() => undefined);
    },
    [tabId],
  );
  return { report, host, tabId, reveal, refresh };
}
