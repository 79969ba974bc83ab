import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage, type EntryResponse } from '../../lib/messages';
import { sendToBackground } from '../../utils/messaging';
import { siteOf } from '../../lib/sites/domains';
import { updateSettings } from '../../utils/settings-store';
import { userGlossaryItem } from '../../utils/user-glossary-items';
import { createCardHost } from './card-host';
import { highlightsSupported } from './highlighter';
import { hitTest } from './hit-test';
import { watchHover } from './hover';
import { cardSide, type CardSide } from '../../lib/hover/hover-intent';
import { findLookupTarget } from './lookup';
import { contextOfFound, contextOfRange, createLookupReporter } from './lookup-report';
import type { MainHandle, MainStart } from './main-contract';
import { pageTerms } from './page-terms';
import { revealTerm } from './reveal';
import { createStudyMirror } from './study-mirror';
import { startTermlight } from './termlight';
import { marksInView } from './marks-in-view';
import { createTermWalk } from './walk';
import { withItem } from '../../lib/settings/lists';

const HOVER_GRACE_MS = 250;

/**
 * The content script's main module: scanning, marks, the hover card, the keyboard walk and
 * the history report. Loaded by the first module (boot.ts) only on pages that are lit or
 * whose sample passed the gate, or when the reader asks for a card on any other.
 */
export async function startMain(ctx: ContentScriptContext, start: MainStart): Promise<MainHandle> {
  const state = await startTermlight(ctx, start);
  const site = siteOf(location.hostname);

  const lookupText = async (text: string): Promise<string | null> => (await sendToBackground({ type: 'termlight:lookup-text', text })) ?? null;
  const entries = new Map<string, Promise<EntryResponse | undefined>>();
  const loadEntry = (id: string): Promise<EntryResponse | undefined> => {
    let pending = entries.get(id);
    if (!pending) {
      pending = sendToBackground({ type: 'termlight:get-entry', id }).then((entry) => {
        // No answer is not kept: the next hover asks again. An unknown id (null) is.
        if (entry === undefined) entries.delete(id);
        return entry ?? undefined;
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
      void sendToBackground({ type: 'termlight:set-starred', id, starred });
    },
    notThisMeaning: (id) =>
      void updateSettings((s) => ({ notThisMeaning: { ...s.notThisMeaning, [site]: withItem(s.notThisMeaning[site] ?? [], id, true) } })),
    search: (id) => void sendToBackground({ type: 'termlight:open-glossary', id }),
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

  // Which frame answers what is the first module's call (tab-requests.ts), made before this runs.
  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const message = parseMessage(raw);
    switch (message?.type) {
      case 'termlight:page-terms':
        return Promise.resolve(pageTerms(location.href, state.scan, state.counts, highlightsSupported(), state.gate));
      case 'termlight:stats':
        return Promise.resolve({ ...state.stats(), cardMs: cardMs.slice(-20) });
      case 'termlight:reveal':
        return Promise.resolve(state.scan ? revealTerm(state.scan, message.id, (fn, ms) => ctx.setTimeout(fn, ms)) : false);
      case 'termlight:walk':
        return Promise.resolve(walk.step(message.direction));
      case 'termlight:lookup-selection': {
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
  return { onMessage };
}
