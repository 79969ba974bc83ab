// First: its clock must start before any other module is evaluated.
import { evaluationStartedAt } from './startup-clock';
import '../../utils/zod-setup';
import './highlight.css';
import { browser } from 'wxt/browser';
import { parseMessage, readEntry, type EntryResponse } from '../../lib/messages';
import { contentScriptMatches, siteOf } from '../../lib/sites/domains';
import { updateSettings, userGlossaryItem } from '../../utils/settings-store';
import { createCardHost } from './card-host';
import { highlightsSupported } from './highlighter';
import { hitTest } from './hit-test';
import { watchHover } from './hover';
import { cardSide, type CardSide } from '../../lib/hover/hover-intent';
import { announceStart, claimFrame } from './instances';
import { findLookupTarget } from './lookup';
import { contextOfFound, contextOfRange, createLookupReporter } from './lookup-report';
import { pageTerms } from './page-terms';
import { revealTerm } from './reveal';
import { createStudyMirror } from './study-mirror';
import { startTermlight } from './termlight';
import { marksInView } from './marks-in-view';
import { createTermWalk } from './walk';
import { withItem } from '../../lib/settings/lists';

const HOVER_GRACE_MS = 250;

announceStart();

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  // Same-origin frames get their own marks and cards; the top frame reports their terms.
  allFrames: true,
  cssInjectionMode: 'manifest',
  // WXT's "script started" postMessage would tell every page's message listeners that
  // Termlight is here (with our extension id), and cost the page a main-thread stall.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const release = claimFrame();
    if (!release) return;
    ctx.onInvalidated(release);
    const state = await startTermlight(ctx, performance.now() - evaluationStartedAt);
    const site = siteOf(location.hostname);

    const lookupText = (text: string): Promise<string | null> =>
      browser.runtime
        .sendMessage({ type: 'termlight:lookup-text', text })
        .then((id: unknown) => (typeof id === 'string' ? id : null))
        .catch(() => null);
    const entries = new Map<string, Promise<EntryResponse | undefined>>();
    const loadEntry = (id: string): Promise<EntryResponse | undefined> => {
      let pending = entries.get(id);
      if (!pending) {
        pending = browser.runtime
          .sendMessage({ type: 'termlight:get-entry', id })
          .then(readEntry)
          .catch(() => {
            // Not kept: the next hover asks again.
            entries.delete(id);
            return undefined;
          });
        entries.set(id, pending);
      }
      return pending;
    };
    // Entries read before the reader's glossary changed may be stale. Its own item, not the
    // matcher's: editing a definition alone leaves the matcher as it was, and storage
    // reports no change for a value written again unchanged.
    const stopEntries = userGlossaryItem.watch(() => entries.clear());
    ctx.onInvalidated(stopEntries);
    /** Per card shown: ms from the end of the dwell to the card showing its entry (the bench reads them). */
    const cardMs: number[] = [];
    // The reader's history (lib/history): each card opened, with the sentence it was opened on.
    const report = createLookupReporter(() => state.settings.history);
    const study = createStudyMirror(ctx, () => card.refresh());
    const card = createCardHost(ctx, {
      loadEntry,
      isKnown: (id) => state.settings.knownTerms.includes(id),
      setKnown: (id, known) =>
        void updateSettings((s) => ({ knownTerms: withItem(s.knownTerms, id, known) })),
      isStarred: (id) => study.has(id),
      setStarred: (id, starred) => {
        study.set(id, starred);
        void browser.runtime.sendMessage({ type: 'termlight:set-starred', id, starred }).catch(() => undefined);
      },
      notThisMeaning: (id) =>
        void updateSettings((s) => ({ notThisMeaning: { ...s.notThisMeaning, [site]: withItem(s.notThisMeaning[site] ?? [], id, true) } })),
      search: (id) => void browser.runtime.sendMessage({ type: 'termlight:open-glossary', id }),
      theme: () => state.settings.theme,
      onHidden: () => hover.forget(),
      onShown: (ms) => cardMs.push(ms),
      step: (direction) => walk.step(direction),
    });
    /** Where the last hover card opened: the next one goes away from the reader's heading. */
    let lastCard: { lineTop: number; side: CardSide } | undefined;
    const hover = watchHover(ctx, {
      delayMs: () => state.settings.hoverDelayMs,
      graceMs: HOVER_GRACE_MS,
      hitTest: (x, y) => {
        state.restoreMarks();
        const hit = state.scan ? hitTest(document, state.scan, x, y) : undefined;
        return hit && state.counts(hit.match) ? hit : undefined;
      },
      isOverCard: (event, byPoint) => (byPoint ? card.containsPoint(event.clientX, event.clientY) : card.contains(event)),
      keepOpen: () => card.isPinned(),
      // The card's module and the entry load during the dwell, not after it.
      intent: (hit) => {
        card.prepare();
        study.load();
        void loadEntry(hit.match.term.id);
      },
      show: (hit) => {
        const lineTop = hit.range.getBoundingClientRect().top + window.scrollY;
        const side = cardSide(lineTop, lastCard);
        lastCard = { lineTop, side };
        card.show(hit.match.term.id, hit.range, { side, marks: marksInView(state.marked(), hit) });
        report(hit.match.term.id, contextOfFound(hit), 'hover');
      },
      hide: () => card.hide(),
    });

    const walk = createTermWalk(state.marked, (found, anchor) => {
      // The pointer did not open this card: it does not close it either.
      hover.opened(undefined);
      study.load();
      card.show(found.match.term.id, anchor, { focus: true });
      report(found.match.term.id, contextOfFound(found), 'keyboard');
    });

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const message = parseMessage(raw);
      switch (message?.type) {
        case 'termlight:page-terms':
          // Only the top frame answers; it reads same-origin frames itself.
          if (window !== window.top) return undefined;
          return Promise.resolve(pageTerms(location.href, state.scan, state.counts, highlightsSupported()));
        case 'termlight:stats':
          if (window !== window.top) return undefined;
          return Promise.resolve({ ...state.stats(), cardMs: cardMs.slice(-20) });
        case 'termlight:reveal':
          return Promise.resolve(state.scan ? revealTerm(state.scan, message.id, (fn, ms) => ctx.setTimeout(fn, ms)) : false);
        case 'termlight:walk':
          // Only the frame the reader is in walks (the top frame when none has focus).
          if (window !== window.top && !document.hasFocus()) return undefined;
          if (window === window.top && !document.hasFocus() && [...document.querySelectorAll('iframe')].some((f) => f === document.activeElement)) return undefined;
          return Promise.resolve(walk.step(message.direction));
        case 'termlight:lookup-selection': {
          if (window !== window.top && !document.hasFocus()) return undefined;
          return findLookupTarget(document, state.scan, lookupText, message.text).then((target) => {
            if (target) {
              study.load();
              card.show(target.id, target.anchor, { focus: true, query: target.query });
              if (target.id !== undefined) report(target.id, contextOfRange(target.anchor), 'menu');
            }
            return target?.id ?? null;
          });
        }
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
