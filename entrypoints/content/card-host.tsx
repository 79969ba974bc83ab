import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../components/term-card.css?inline';
import { TermCard } from '../../components/TermCard';
import type { EntryResponse } from '../../lib/messages';

export const CARD_HOST_TAG = 'termlight-card';

export interface CardHost {
  show(termId: string, anchor: Range): void;
  hide(): void;
  /** Whether an event's path runs through the card. */
  contains(event: Event): boolean;
}

interface Mounted {
  root: Root;
  float: HTMLDivElement;
}

/**
 * The one shadow root Termlight adds to a page, created on the first hover and never
 * before: a page nobody hovers stays exactly as it was.
 */
export function createCardHost(ctx: ContentScriptContext, loadEntry: (id: string) => Promise<EntryResponse | undefined>): CardHost {
  let ui: Promise<ShadowRootContentScriptUi<Mounted>> | undefined;
  let host: HTMLElement | undefined;
  let stack: string[] = [];
  let entry: EntryResponse | undefined;
  let stopFollowing: (() => void) | undefined;
  let generation = 0;

  const mountUi = (): Promise<ShadowRootContentScriptUi<Mounted>> => {
    ui ??= createShadowRootUi<Mounted>(ctx, {
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
    }).then((created) => {
      created.mount();
      host = created.shadowHost;
      return created;
    });
    return ui;
  };

  const render = async (): Promise<void> => {
    const mounted = (await mountUi()).mounted;
    mounted?.root.render(
      <TermCard
        entry={entry}
        canGoBack={stack.length > 1}
        onOpenRelated={(id) => void open([...stack, id])}
        onBack={() => void open(stack.slice(0, -1))}
        onClose={hide}
      />,
    );
  };

  const open = async (nextStack: string[]): Promise<void> => {
    const id = nextStack.at(-1);
    if (id === undefined) return;
    const mine = ++generation;
    stack = nextStack;
    entry = undefined;
    const loaded = await loadEntry(id);
    // A newer hover may have replaced this one while the entry loaded.
    if (mine !== generation) return;
    entry = loaded;
    await render();
  };

  const follow = async (anchor: Range): Promise<void> => {
    const mounted = (await mountUi()).mounted;
    if (!mounted) return;
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    const { float } = mounted;
    float.style.visibility = 'visible';
    stopFollowing?.();
    stopFollowing = autoUpdate(reference, float, () => {
      void computePosition(reference, float, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  };

  function hide(): void {
    generation++;
    stack = [];
    entry = undefined;
    stopFollowing?.();
    stopFollowing = undefined;
    void ui?.then((created) => {
      const mounted = created.mounted;
      if (!mounted) return;
      mounted.float.style.visibility = 'hidden';
      mounted.root.render(null);
    });
  }

  ctx.onInvalidated(() => stopFollowing?.());

  return {
    show(termId, anchor) {
      void follow(anchor);
      void open([termId]);
    },
    hide,
    contains(event) {
      return host !== undefined && event.composedPath().includes(host);
    },
  };
}
