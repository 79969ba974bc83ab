import './highlight.css';
import { browser } from 'wxt/browser';
import { parseMessage, type EntryResponse } from '../../lib/messages';
import { contentScriptMatches } from '../../lib/sites/domains';
import { createCardHost } from './card-host';
import { hitTest } from './hit-test';
import { watchHover } from './hover';
import { pageTerms } from './page-terms';
import { revealTerm } from './reveal';
import { startTermlight } from './termlight';

const HOVER_GRACE_MS = 250;

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const state = await startTermlight(ctx);

    const entries = new Map<string, Promise<EntryResponse | undefined>>();
    const loadEntry = (id: string): Promise<EntryResponse | undefined> => {
      let pending = entries.get(id);
      if (!pending) {
        pending = browser.runtime
          .sendMessage({ type: 'termlight:get-entry', id })
          .then((r: unknown) => (r ?? undefined) as EntryResponse | undefined);
        entries.set(id, pending);
      }
      return pending;
    };
    const card = createCardHost(ctx, loadEntry);
    watchHover(ctx, {
      delayMs: () => state.settings.hoverDelayMs,
      graceMs: HOVER_GRACE_MS,
      hitTest: (x, y) => (state.scan ? hitTest(document, state.scan, x, y) : undefined),
      isOverCard: (event) => card.contains(event),
      show: (hit) => card.show(state.terms.idOf(hit.match), hit.range),
      hide: () => card.hide(),
    });

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const message = parseMessage(raw);
      if (message?.type === 'termlight:page-terms') return Promise.resolve(pageTerms(location.href, state.scan));
      if (message?.type === 'termlight:reveal') {
        const shown = state.scan ? revealTerm(state.scan, state.terms, message.id, (fn, ms) => ctx.setTimeout(fn, ms)) : false;
        return Promise.resolve(shown);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
