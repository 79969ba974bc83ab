import './highlight.css';
import matcherIndex from 'virtual:termlight/matcher';
import { browser } from 'wxt/browser';
import { Matcher } from '../../lib/match/matcher';
import { parseMessage, type EntryResponse } from '../../lib/messages';
import { contentScriptMatches } from '../../lib/sites/domains';
import { createCardHost } from './card-host';
import { Highlighter, highlightsSupported } from './highlighter';
import { hitTest } from './hit-test';
import { watchHover } from './hover';
import { rangeOf, scanPage } from './page-scan';
import { pageTerms } from './page-terms';

const HOVER_DELAY_MS = 300;
const HOVER_GRACE_MS = 250;

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    const matcher = new Matcher(matcherIndex);
    const scan = scanPage(document.body, matcher);

    if (highlightsSupported()) {
      const highlighter = new Highlighter();
      highlighter.add(scan.blocks.flatMap((b) => b.matches.map((m) => rangeOf(b, m))));
      ctx.onInvalidated(() => highlighter.dispose());
    }

    const entries = new Map<string, Promise<EntryResponse | undefined>>();
    const loadEntry = (id: string): Promise<EntryResponse | undefined> => {
      let pending = entries.get(id);
      if (!pending) {
        pending = browser.runtime
          .sendMessage({ type: 'termlight:get-entry', id })
          .then((r) => (r ?? undefined) as EntryResponse | undefined);
        entries.set(id, pending);
      }
      return pending;
    };
    const card = createCardHost(ctx, loadEntry);
    watchHover(ctx, {
      delayMs: HOVER_DELAY_MS,
      graceMs: HOVER_GRACE_MS,
      hitTest: (x, y) => hitTest(document, scan, x, y),
      isOverCard: (event) => card.contains(event),
      show: (hit) => card.show(matcher.ids[hit.match.term]!, hit.range),
      hide: () => card.hide(),
    });

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const message = parseMessage(raw);
      if (message?.type === 'termlight:page-terms') return Promise.resolve(pageTerms(location.href, scan, matcher));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
