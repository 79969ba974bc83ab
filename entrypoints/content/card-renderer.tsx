import { autoUpdate, computePosition, flip, hide, offset, shift, type Middleware, type Placement, type VirtualElement } from '@floating-ui/dom';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../components/term-card.css?inline';
import { TermCard, type TermCardProps } from '../../components/TermCard';
import { choosePlacement, markWeight, slides, type Mark } from '../../lib/hover/card-placement';
import { CARD_HOST_TAG, type CardRenderer } from './card-contract';

/** What covering the line being read costs: less than hiding the next term, more than others. */
const LINE_WEIGHT = markWeight(2) * 5;
const OPPOSITE: Partial<Record<Placement, Placement>> = {
  'top-start': 'bottom-start',
  'top-end': 'bottom-end',
  'bottom-start': 'top-start',
  'bottom-end': 'top-end',
  'right-start': 'left-start',
  'left-start': 'right-start',
};

/**
 * The heavy half of the card: React, the card component and Floating UI. The content
 * script loads it on the first card, so a page nobody hovers never pays for it.
 */
export async function createCardRenderer(ctx: ContentScriptContext): Promise<CardRenderer> {
  const ui = await createShadowRootUi(ctx, {
    name: CARD_HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: cardCss,
    onMount(container) {
      const float = document.createElement('div');
      float.className = 'tl-float';
      container.append(float);
      return { root: createRoot(float), float };
    },
    onRemove(mounted) {
      mounted?.root.unmount();
    },
  });
  ui.mount();
  const mounted = ui.mounted;
  if (!mounted) throw new Error('card UI did not mount');
  const { root, float } = mounted;
  let stopFollowing: (() => void) | undefined;
  /** Counts follow and conceal calls, so a late placement of an old one is dropped. */
  let placements = 0;
  ctx.onInvalidated(() => stopFollowing?.());

  return {
    host: ui.shadowHost,
    float,
    render(props: TermCardProps | null, theme: string) {
      float.dataset.theme = theme;
      // Synchronously, so the card can be measured, positioned and focused right after.
      flushSync(() => root.render(props ? <TermCard {...props} /> : null));
    },
    follow(anchor: Range, side, marks = []) {
      const reference: VirtualElement = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
        contextElement: anchor.startContainer.parentElement ?? undefined,
      };
      float.style.visibility = 'visible';
      stopFollowing?.();
      const mine = ++placements;
      // The marks in page coordinates: the page may scroll while the card is open.
      const pageMarks = marks.map((m) => ({ ...m, left: m.left + scrollX, top: m.top + scrollY, right: m.right + scrollX, bottom: m.bottom + scrollY }));
      // Above or below first; beside the term only when both would hide a neighbour.
      const vertical: Placement[] = side === 'top' ? ['top-start', 'top-end', 'bottom-start', 'bottom-end'] : ['bottom-start', 'bottom-end', 'top-start', 'top-end'];
      const preferred: Placement[] = [...vertical, 'right-start', 'left-start'];
      // One line clear of the term, on either side: the line just read and the line about
      // to be read both stay visible, whichever way the reader turns.
      const clear = offset(({ rects }) => Math.round(rects.reference.height * 1.25) + 4);
      /** Where the card goes for its current size: re-chosen only when the size changes. */
      let chosen: { placement: Placement; dx: number; size: string } | undefined;
      /** Floating UI's own measure of the card, taken in the same pass as its position. */
      const measure: Middleware = { name: 'measure', fn: ({ rects }) => ({ data: { width: rects.floating.width, height: rects.floating.height } }) };
      const choose = async (): Promise<{ placement: Placement; dx: number }> => {
        // autoUpdate calls on every scroll frame: the six trial placements run only when the
        // card's size changed (a new entry, a related term opened), not to follow the page.
        const size = `${float.offsetWidth}x${float.offsetHeight}`;
        if (chosen?.size === size) return chosen;
        const placed = await Promise.all(
          preferred.map(async (placement) => {
            const { x, y, middlewareData } = await computePosition(reference, float, { strategy: 'fixed', placement, middleware: [clear, shift({ padding: 8 }), measure] });
            const { width, height } = middlewareData.measure as { width: number; height: number };
            return { placement, box: { left: x, top: y, right: x + width, bottom: y + height } };
          }),
        );
        const inView: Mark[] = pageMarks.map((m) => ({ ...m, left: m.left - scrollX, top: m.top - scrollY, right: m.right - scrollX, bottom: m.bottom - scrollY }));
        const candidates = placed.flatMap(({ placement, box }) => [
          { placement: { placement, dx: 0 }, box },
          ...(placement.startsWith('top') || placement.startsWith('bottom') ? slides(box, inView, innerWidth, markWeight(1)).map((s) => ({ placement: { placement, dx: s.dx }, box: s.box })) : []),
        ]);
        // In order of preference: at the term above or below, slid off a neighbour, beside the term.
        const rank = ({ placement, dx }: { placement: Placement; dx: number }): number => (/^(?:left|right)/.test(placement) ? 2 : dx !== 0 ? 1 : 0);
        candidates.sort((a, b) => rank(a.placement) - rank(b.placement));
        // The line being read: a card beside the term hides the rest of it.
        const line = anchor.getBoundingClientRect();
        inView.push({ left: 0, right: innerWidth, top: line.top, bottom: line.bottom, weight: LINE_WEIGHT });
        const best = choosePlacement(candidates, inView, { width: innerWidth, height: innerHeight }) ?? { placement: preferred[0]!, dx: 0 };
        chosen = { ...best, size };
        return chosen;
      };
      /** Counts updates: the choice is asynchronous, and only the latest may move the card. */
      let updates = 0;
      stopFollowing = autoUpdate(reference, float, () => {
        const update = ++updates;
        let dx = 0;
        void choose().then((place) => {
          dx = place.dx;
          const { placement } = place;
          return computePosition(reference, float, {
            strategy: 'fixed',
            // Away from where the reader is heading (lib/hover: cardSide) and off the other
            // marked terms in view (lib/hover: choosePlacement); never over the term's own line.
            placement,
            middleware: [
              clear,
              flip({ padding: 8, fallbackPlacements: [OPPOSITE[placement] ?? 'top-start'] }),
              shift({ padding: 8 }),
              // A card whose term has scrolled out of view would only cover the page.
              hide(),
            ],
          });
        }).then(({ x, y, middlewareData }) => {
          // Concealed, following another term, or placed again, while this was computed.
          if (mine !== placements || update !== updates) return;
          // Slid sideways off a neighbour (lib/hover: slides), never past the window's edge.
          const left = dx === 0 ? x : Math.min(Math.max(x + dx, 8), innerWidth - 8 - float.offsetWidth);
          float.style.transform = `translate(${Math.round(left)}px, ${Math.round(y)}px)`;
          float.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
        });
      });
    },
    conceal() {
      placements++;
      stopFollowing?.();
      stopFollowing = undefined;
      float.style.visibility = 'hidden';
      root.render(null);
    },
  };
}
