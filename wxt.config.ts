import { defineConfig } from 'wxt';
import { MIN_CHROME, MIN_FIREFOX, MIN_FIREFOX_ANDROID } from './lib/browser-support';
import { ICON_SIZES, ICON_SOURCES, iconPath, iconSet } from './lib/toolbar/icons';
import { DEFAULT_TITLE } from './lib/toolbar/state';
import { glossaryPlugin } from './scripts/glossary-plugin';
import { renderIconVariant } from './scripts/icon-variant';

const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";
const TOOLBAR_BUTTON = { default_icon: iconSet('lit'), default_title: DEFAULT_TITLE };

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // The mark, rendered to PNG at every size at build time (sharp); its greyed twin is
  // rendered the same way by the build:done hook below.
  autoIcons: {
    baseIconPath: ICON_SOURCES.lit,
    sizes: [...ICON_SIZES],
    // Greyed is what "off on this site" looks like: a development build must not look so.
    developmentIndicator: false,
  },
  // The sources zip Firefox's reviewers rebuild from: the repository as committed, so not what
  // .gitignore keeps out of it (WXT already leaves out dot folders, node_modules and .output).
  zip: { excludeSources: ['scratch/**', 'test-results/**', 'playwright-report/**', 'bench-results.json', '**/*.log'] },
  // The demo and fixture pages are served by our own scripts; WXT must not open a browser.
  webExt: { disabled: true },
  manifest: ({ manifestVersion, browser }) => ({
    name: 'Termlight',
    description: 'Explains crypto, DeFi and derivatives terms where you read them.',
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab'],
    // The toolbar button's icons. MV2 names it browser_action: WXT builds that key from the
    // popup alone and would drop an `action` given here (scripts/check-zips.ts caught it).
    ...(manifestVersion === 2 ? { browser_action: TOOLBAR_BUTTON } : { action: TOOLBAR_BUTTON }),
    // What each version is for: lib/browser-support.ts (Chrome 111: color-mix(), the badge's
    // text colour, the bundles' syntax; the Highlight API needs 105).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: String(MIN_CHROME) }),
    // Asked for one site at a time ("Enable on this site"), or for all in everywhere mode.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // The content script's main module, imported by its first module where a page is lit
    // (entrypoints/content/main-loader.ts), and the hover card's renderer, imported on the
    // first card (entrypoints/content/card-loader.ts). Chromium lets a content script import
    // only web-accessible files; a dynamic URL per session keeps pages from probing for the
    // extension through them. Firefox imports them without the entry, so pages there cannot
    // load them at all (tests/firefox/card.test.ts).
    ...(browser === 'firefox'
      ? {}
      : { web_accessible_resources: [{ resources: ['content-main.js', 'card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }] }),
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
        // Firefox 140: the CSS Custom Highlight API and data_collection_permissions (lib/browser-support.ts).
        strict_min_version: `${MIN_FIREFOX}.0`,
        data_collection_permissions: { required: ['none'] },
      },
      // Android reads data_collection_permissions from 142 (lib/browser-support.ts).
      gecko_android: { strict_min_version: `${MIN_FIREFOX_ANDROID}.0` },
    },
  }),
  vite: () => ({
    plugins: [glossaryPlugin()],
    build: {
      // Syntax newer than the minimum versions is compiled down; nothing older is required.
      target: [`chrome${MIN_CHROME}`, `firefox${MIN_FIREFOX}`],
      // TERMLIGHT_NO_MINIFY=1 keeps function names readable in CPU profiles of the content script.
      ...(process.env.TERMLIGHT_NO_MINIFY ? { minify: false } : {}),
    },
  }),
  hooks: {
    // Runs after auto-icons' own build:done (module hooks come before the config's).
    'build:done': async (wxt) => {
      await renderIconVariant({ root: wxt.config.root, outDir: wxt.config.outDir, variant: 'off' });
    },
    // So browser.runtime.getURL and friends know the files exist.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(...ICON_SIZES.map((size) => iconPath('off', size)));
    },
  },
});
