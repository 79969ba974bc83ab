import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TermCardProps } from '../../components/TermCard';
import type { Mark } from '../../lib/hover/card-placement';
import type { CardSide } from '../../lib/hover/hover-intent';

/** Tag of the one shadow host Termlight adds to a page, on the first card. */
export const CARD_HOST_TAG = 'termlight-card';

/** The card's heavy half (React, Floating UI), loaded on first use: see card-loader.ts. */
export interface CardRenderer {
  readonly host: HTMLElement;
  readonly float: HTMLDivElement;
  /** Renders the card synchronously (null empties it), in the theme given. */
  render(props: TermCardProps | null, theme: string): void;
  /**
   * Shows the card on `side` of `anchor` (the other side if there is no room, or if it
   * would cover fewer of `marks`, the other marked terms in view, in viewport coordinates)
   * and keeps it there while the page scrolls; hidden while the anchor is out of view.
   */
  follow(anchor: Range, side: CardSide, marks?: readonly Mark[]): void;
  /** Hides the card and stops following. */
  conceal(): void;
}

export interface CardUiModule {
  createCardRenderer(ctx: ContentScriptContext): Promise<CardRenderer>;
}

/** Where the separately built card module leaves its API, in the content script's world. */
export const CARD_UI_GLOBAL = '__termlightCardUi';
