import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mark } from '../../lib/hover/card-placement';
import type { CardSide } from '../../lib/hover/hover-intent';
import type { EntryResponse } from '../../lib/messages';
import type { CardRenderer } from './card-contract';
import { loadCardRenderer } from './card-loader';

export { CARD_HOST_TAG } from './card-contract';

/** What the card's buttons do; the content script wires them to storage and messages. */
export interface CardActions {
  loadEntry: (id: string) => Promise<EntryResponse | undefined>;
  isKnown: (id: string) => boolean;
  setKnown: (id: string, known: boolean) => void;
  /** On the reader's study list (the card's star). */
  isStarred: (id: string) => boolean;
  setStarred: (id: string, starred: boolean) => void;
  notThisMeaning: (id: string) => void;
  search: (id: string) => void;
  theme: () => 'auto' | 'light' | 'dark';
  /** Called whenever the card closes, however it was closed. */
  onHidden: () => void;
  /** Called once a card asked for shows its entry: ms from the ask (the end of the dwell). */
  onShown?: (ms: number) => void;
  /** Keys n and p in a card: open the next or previous marked term's card. */
  step: (direction: 1 | -1) => void;
}

export interface ShowOptions {
  /** Which side of the term the card prefers (lib/hover: cardSide); above by default. */
  side?: CardSide;
  /** Other marked terms in view, which the card avoids covering where it can. */
  marks?: readonly Mark[];
  /** Move focus into the card (keyboard look-up) and give it back on close. */
  focus?: boolean;
  /** What was looked up, when there may be no entry for it. */
  query?: string;
}

export interface CardHost {
  /** Starts loading the card's renderer, so that a card shown soon appears at once. */
  prepare(): void;
  show(termId: string | undefined, anchor: Range, options?: ShowOptions): void;
  hide(): void;
  isOpen(): boolean;
  /** Pinned cards stay open when the pointer leaves. */
  isPinned(): boolean;
  /** Whether an event's path runs through the card. */
  contains(event: Event): boolean;
  /** Whether the card is what lies at a point of the viewport. */
  containsPoint(x: number, y: number): boolean;
  /** Renders the open card again, for state that changed outside it (the study list). */
  refresh(): void;
}

/**
 * The one shadow root Termlight adds to a page, created on the first card and never
 * before: a page nobody hovers stays exactly as it was.
 */
export function createCardHost(ctx: ContentScriptContext, actions: CardActions): CardHost {
  let renderer: Promise<CardRenderer | undefined> | undefined;
  let host: HTMLElement | undefined;
  let stack: string[] = [];
  let entry: EntryResponse | null | undefined;
  let query: string | undefined;
  let pinned = false;
  let open = false;
  let returnFocus: HTMLElement | undefined;
  let generation = 0;

  const ready = (): Promise<CardRenderer | undefined> => {
    renderer ??= loadCardRenderer(ctx).then(
      (created) => {
        host = created.host;
        return created;
      },
      (error: unknown) => {
        // Marks and the popup keep working; the next hover tries again.
        console.warn('Termlight could not open its card', error);
        renderer = undefined;
        return undefined;
      },
    );
    return renderer;
  };

  const render = async (): Promise<void> => {
    const r = await ready();
    if (!r || !open) return;
    const id = stack.at(-1);
    r.render(
      {
        entry,
        query,
        canGoBack: stack.length > 1,
        pinned,
        known: id !== undefined && actions.isKnown(id),
        starred: id !== undefined && actions.isStarred(id),
        onOpenRelated: (next) => void load([...stack, next]),
        onBack: () => void load(stack.slice(0, -1)),
        onClose: hide,
        onPin: (p) => {
          pinned = p;
          void render();
        },
        onKnow: (known) => {
          if (id === undefined) return;
          actions.setKnown(id, known);
          void render();
        },
        onStar: (starred) => {
          if (id === undefined) return;
          actions.setStarred(id, starred);
          void render();
        },
        onNotThisMeaning: () => {
          if (id !== undefined) actions.notThisMeaning(id);
          hide();
        },
        onSearch: actions.search,
        onStep: actions.step,
      },
      actions.theme(),
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

  const follow = async (anchor: Range, options: ShowOptions, mine: number): Promise<void> => {
    const r = await ready();
    // Closed, or another card asked for, while the renderer loaded.
    if (r && open && mine === generation) r.follow(anchor, options.side ?? 'top', options.marks);
  };

  function hide(): void {
    if (!open) return;
    open = false;
    generation++;
    stack = [];
    entry = undefined;
    pinned = false;
    void renderer?.then((r) => {
      // A card opened again meanwhile keeps its place.
      if (!open) r?.conceal();
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

  return {
    prepare() {
      void ready();
    },
    show(termId, anchor, options = {}) {
      open = true;
      pinned = false;
      query = options.query;
      if (options.focus) {
        const active = document.activeElement;
        // Stepping from card to card keeps the place the reader first came from.
        if (active !== host) returnFocus = active instanceof HTMLElement ? active : undefined;
      }
      const asked = performance.now();
      const loading = load(termId === undefined ? [] : [termId]);
      const mine = generation;
      void follow(anchor, options, mine);
      void loading.then(() => {
        // Rendered with its entry (load renders synchronously before it resolves).
        if (open && mine === generation) actions.onShown?.(performance.now() - asked);
      });
      void loading.then(async () => {
        if (!options.focus) return;
        const r = await ready();
        r?.float.querySelector<HTMLElement>('.tl-card')?.focus();
      });
    },
    hide,
    isOpen: () => open,
    isPinned: () => pinned,
    contains(event) {
      return host !== undefined && event.composedPath().includes(host);
    },
    containsPoint(x, y) {
      return open && host !== undefined && document.elementFromPoint(x, y) === host;
    },
    refresh() {
      if (open) void render();
    },
  };
}
