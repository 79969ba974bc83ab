import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../components/term-card.css?inline';
import { TermCard } from '../../components/TermCard';
import type { EntryResponse } from '../../lib/messages';

export const CARD_HOST_TAG = 'termlight-card';

/** What the card's buttons do; the content script wires them to storage and messages. */
export interface CardActions {
  loadEntry: (id: string) => Promise<EntryResponse | undefined>;
  isKnown: (id: string) => boolean;
  setKnown: (id: string, known: boolean) => void;
  notThisMeaning: (id: string) => void;
  search: (id: string) => void;
  theme: () => 'auto' | 'light' | 'dark';
  /** Called whenever the card closes, however it was closed. */
  onHidden: () => void;
}

export interface ShowOptions {
  /** Move focus into the card (keyboard look-up) and give it back on close. */
  focus?: boolean;
  /** What was looked up, when there may be no entry for it. */
  query?: string;
}

export interface CardHost {
  show(termId: string | undefined, anchor: Range, options?: ShowOptions): void;
  hide(): void;
  isOpen(): boolean;
  /** Pinned cards stay open when the pointer leaves. */
  isPinned(): boolean;
  /** Whether an event's path runs through the card. */
  contains(event: Event): boolean;
}

interface Mounted {
  root: Root;
  float: HTMLDivElement;
}

/**
 * The one shadow root Termlight adds to a page, created on the first card and never
 * before: a page nobody hovers stays exactly as it was.
 */
export function createCardHost(ctx: ContentScriptContext, actions: CardActions): CardHost {
  let ui: Promise<ShadowRootContentScriptUi<Mounted>> | undefined;
  let host: HTMLElement | undefined;
  let stack: string[] = [];
  let entry: EntryResponse | null | undefined;
  let query: string | undefined;
  let pinned = false;
  let open = false;
  let returnFocus: HTMLElement | undefined;
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
    if (!mounted || !open) return;
    mounted.float.dataset.theme = actions.theme();
    const id = stack.at(-1);
    // Synchronously, so the card can be measured, positioned and focused right after.
    flushSync(() =>
      mounted.root.render(
        <TermCard
          entry={entry}
          query={query}
          canGoBack={stack.length > 1}
          pinned={pinned}
          known={id !== undefined && actions.isKnown(id)}
          onOpenRelated={(next) => void load([...stack, next])}
          onBack={() => void load(stack.slice(0, -1))}
          onClose={hide}
          onPin={(p) => {
            pinned = p;
            void render();
          }}
          onKnow={(known) => {
            if (id === undefined) return;
            actions.setKnown(id, known);
            void render();
          }}
          onNotThisMeaning={() => {
            if (id !== undefined) actions.notThisMeaning(id);
            hide();
          }}
          onSearch={actions.search}
        />,
      ),
    );
  };

  const load = async (nextStack: string[]): Promise<void> => {
    const id = nextStack.at(-1);
    const mine = ++generation;
    stack = nextStack;
    entry = undefined;
    if (id === undefined) {
      entry = null;
      await render();
      return;
    }
    const loaded = await actions.loadEntry(id);
    // A newer look-up may have replaced this one while the entry loaded.
    if (mine !== generation) return;
    entry = loaded ?? null;
    await render();
  };

  const follow = async (anchor: Range): Promise<Mounted | undefined> => {
    const mounted = (await mountUi()).mounted;
    if (!mounted) return undefined;
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
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8, crossAxis: true })],
      }).then(({ x, y }) => {
        float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
    return mounted;
  };

  function hide(): void {
    if (!open) return;
    open = false;
    generation++;
    stack = [];
    entry = undefined;
    pinned = false;
    stopFollowing?.();
    stopFollowing = undefined;
    void ui?.then((created) => {
      const mounted = created.mounted;
      if (!mounted) return;
      mounted.float.style.visibility = 'hidden';
      mounted.root.render(null);
    });
    // Focus goes back where the reader was, if the card had taken it.
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = undefined;
    actions.onHidden();
  }

  ctx.addEventListener(document, 'keydown', (event) => {
    // Only the reader's own key presses: a page can dispatch a fake Escape at any time.
    if (event.isTrusted && event.key === 'Escape' && open) {
      event.stopPropagation();
      hide();
    }
  }, { capture: true });
  ctx.onInvalidated(() => stopFollowing?.());

  return {
    show(termId, anchor, options = {}) {
      open = true;
      pinned = false;
      query = options.query;
      if (options.focus) {
        const active = document.activeElement;
        returnFocus = active instanceof HTMLElement ? active : undefined;
      }
      void follow(anchor);
      void load(termId === undefined ? [] : [termId]).then(async () => {
        if (!options.focus) return;
        const mounted = (await mountUi()).mounted;
        mounted?.float.querySelector<HTMLElement>('.tl-card')?.focus();
      });
    },
    hide,
    isOpen: () => open,
    isPinned: () => pinned,
    contains(event) {
      return host !== undefined && event.composedPath().includes(host);
    },
  };
}
