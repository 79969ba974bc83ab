import { browser } from 'wxt/browser';
import { MAIN_MODULE_GLOBAL, type MainModule } from './main-contract';

/**
 * Loads the content script's main module (entrypoints/content-main.ts), as card-loader.ts
 * loads the card: a separate file, web-accessible in Chromium through a per-session URL
 * only, imported into this content script's isolated world, where it leaves its API on
 * that world's global object, which the page cannot see.
 */
export async function loadMainModule(): Promise<MainModule> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/content-main.js'));
  const main = (globalThis as unknown as Record<string, MainModule | undefined>)[MAIN_MODULE_GLOBAL];
  if (!main) throw new Error('Termlight main module did not load');
  return main;
}
