import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_UI_GLOBAL, type CardRenderer, type CardUiModule } from './card-contract';

/**
 * Loads the card's renderer. In Chromium it is a separate file (entrypoints/card-ui.ts),
 * imported on the first card: every page pays only for matching and marks, and React is
 * parsed on the pages where a reader actually opens a card. Firefox builds keep it inside
 * the content script, as nothing here could test a dynamic import there.
 */
export async function loadCardRenderer(ctx: ContentScriptContext): Promise<CardRenderer> {
  if (import.meta.env.FIREFOX) {
    const { createCardRenderer } = await import('./card-renderer');
    return createCardRenderer(ctx);
  }
  // The module runs in this content script's isolated world and leaves its API on that
  // world's global object, which the page cannot see.
  await import(/* @vite-ignore */ browser.runtime.getURL('/card-ui.js'));
  const ui = (globalThis as unknown as Record<string, CardUiModule | undefined>)[CARD_UI_GLOBAL];
  if (!ui) throw new Error('Termlight card module did not load');
  return ui.createCardRenderer(ctx);
}
