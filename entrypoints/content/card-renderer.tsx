import { autoUpdate, computePosition, flip, hide, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../components/term-card.css?inline';
import { TermCard, type TermCardProps } from '../../components/TermCard';
import { CARD_HOST_TAG, type CardRenderer } from './card-contract';

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
    follow(anchor: Range, side) {
      const reference: VirtualElement = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
        contextElement: anchor.startContainer.parentElement ?? undefined,
      };
      float.style.visibility = 'visible';
      stopFollowing?.();
      const mine = ++placements;
      stopFollowing = autoUpdate(reference, float, () => {
        void computePosition(reference, float, {
          strategy: 'fixed',
          // The side away from where the reader is heading (lib/hover: cardSide), the other
          // when there is no room; never over the term's own line.
          placement: side === 'top' ? 'top-start' : 'bottom-start',
          middleware: [
            // One line clear of the term, on either side: the line just read and the line
            // about to be read both stay visible, and they are where a reader's next term
            // most often is, whichever way they turn.
            offset(({ rects }) => Math.round(rects.reference.height * 1.25) + 4),
            flip({ padding: 8, fallbackPlacements: [side === 'top' ? 'bottom-start' : 'top-start'] }),
            shift({ padding: 8 }),
            // A card whose term has scrolled out of view would only cover the page.
            hide(),
          ],
        }).then(({ x, y, middlewareData }) => {
          // Concealed, or following another term, while this placement was computed.
          if (mine !== placements) return;
          float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
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
