import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { JUDGE_TEXT_MAX } from '../../lib/messages';
import type { TextJudgement } from '../../lib/sites/judge-text';
import { sendToBackground } from '../../utils/messaging';

/**
 * Whether the page in tab `tabId` reads as crypto: undefined while reading it (or when no tab
 * is given), null when it could not be read. The opening of the page's text goes to the
 * background's matcher; only the toolbar click's activeTab grant lets the popup read a page
 * on a site Termlight holds no permission for.
 */
export function usePageJudgement(tabId: number | undefined): TextJudgement | null | undefined {
  const [judged, setJudged] = useState<{ tabId: number; judgement: TextJudgement | null }>();
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    void readOpening(tabId)
      .then((text) => sendToBackground({ type: 'termlight:judge-text', text }))
      .then(
        (judgement) => judgement ?? null,
        () => null,
      )
      .then((judgement) => {
        if (live) setJudged({ tabId, judgement });
      });
    return () => {
      live = false;
    };
  }, [tabId]);
  return judged !== undefined && judged.tabId === tabId ? judged.judgement : undefined;
}

/** The first JUDGE_TEXT_MAX characters of the page's rendered text, read in an isolated world. */
async function readOpening(tabId: number): Promise<string> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    // Serialised into the page, so it may use nothing from this module but its argument.
    func: (max: number) => (document.body as HTMLElement | null)?.innerText.slice(0, max) ?? '',
    args: [JUDGE_TEXT_MAX],
  });
  const text: unknown = frame?.result;
  if (typeof text !== 'string') throw new Error('Termlight: the page gave no text');
  // Bounded here too: the message schema refuses anything longer.
  return text.slice(0, JUDGE_TEXT_MAX);
}
