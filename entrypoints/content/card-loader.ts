import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_UI_GLOBAL, type CardRenderer, type CardUiModule } from './card-contract';

/**
 * Loads the card's renderer, a separate file (entrypoints/card-ui.ts) imported on the first
 * card: every page pays only for matching and marks, and React is parsed on the pages where
 * a reader actually opens a card. Firefox imports it the same way, and there the file need
 * not even be web-accessible (tests/firefox/card.test.ts pins both).
 */
export async function loadCardRenderer(ctx: ContentScriptContext): Promise<CardRenderer> {
  // The module runs in this content script's isolated world and leaves its API on that
  // world's global object, which the page cannot see.
  await import(/* @vite-ignore */ browser.runtime.getURL('/card-ui.js'));
  const ui = (globalThis as unknown as Record<string, CardUiModule | undefined>)[CARD_UI_GLOBAL];
  if (!ui) throw new Error('Termlight card module did not load');
  return ui.createCardRenderer(ctx);
}
