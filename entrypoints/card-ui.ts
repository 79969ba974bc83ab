import { CARD_UI_GLOBAL, type CardUiModule } from './content/card-contract';
import { createCardRenderer } from './content/card-renderer';

/**
 * The hover card's renderer as a file of its own, imported by the content script on the
 * first card (see entrypoints/content/card-loader.ts), in Chromium and Firefox alike.
 */
export default defineUnlistedScript({
  main() {
    const ui: CardUiModule = { createCardRenderer };
    (globalThis as unknown as Record<string, CardUiModule>)[CARD_UI_GLOBAL] = ui;
  },
});
