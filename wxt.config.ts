import { defineConfig } from 'wxt';
import { glossaryPlugin } from './scripts/glossary-plugin';

const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The demo and fixture pages are served by our own scripts; WXT must not open a browser.
  webExt: { disabled: true },
  manifest: ({ manifestVersion, browser }) => ({
    name: 'Termlight',
    description: 'Explains crypto, DeFi and derivatives terms where you read them.',
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab'],
    // Asked for one site at a time ("Enable on this site"), or for all in everywhere mode.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // The hover card's renderer, imported by the content script on the first card (see
    // entrypoints/content/card-loader.ts). Chromium only; a dynamic URL per session keeps
    // pages from probing for the extension through it.
    ...(browser === 'firefox'
      ? {}
      : { web_accessible_resources: [{ resources: ['card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }] }),
    // The matcher's scanner is WebAssembly (lib/match/wasm/): compiling it needs
    // 'wasm-unsafe-eval', which allows WebAssembly and nothing else (no eval, no remote code).
    content_security_policy:
      manifestVersion === 2 ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    commands: {
      'lookup-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Look up the selected term (or the term at the caret)',
      },
      // Highlights are paint only, invisible to screen readers: these walk the marked terms.
      'next-term': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Open the next marked term on the page',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Open the previous marked term on the page',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'termlight@termlight.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  vite: () => ({
    plugins: [glossaryPlugin()],
    // TERMLIGHT_NO_MINIFY=1 keeps function names readable in CPU profiles of the content script.
    ...(process.env.TERMLIGHT_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
});
