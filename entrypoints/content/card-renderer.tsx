import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
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
  ctx.onInvalidated(() => stopFollowing?.());

  return {
    host: ui.shadowHost,
    float,
    render(props: TermCardProps | null, theme: string) {
      float.dataset.theme = theme;
      // Synchronously, so the card can be measured, positioned and focused right after.
      flushSync(() => root.render(props ? <TermCard {...props} /> : null));
    },
    follow(anchor: Range) {
      const reference: VirtualElement = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
        contextElement: anchor.startContainer.parentElement ?? undefined,
      };
      float.style.visibility = 'visible';
      stopFollowing?.();
      stopFollowing = autoUpdate(reference, float, () => {
        void computePosition(reference, float, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8, crossAxis: true })],
        }).then(({ x, y }) => {
          float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        });
      });
    },
    conceal() {
      stopFollowing?.();
      stopFollowing = undefined;
      float.style.visibility = 'hidden';
      root.render(null);
    },
  };
}
