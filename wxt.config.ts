import { defineConfig } from 'wxt';
import { glossaryPlugin } from './scripts/glossary-plugin';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The demo and fixture pages are served by our own scripts; WXT must not open a browser.
  webExt: { disabled: true },
  manifest: ({ manifestVersion }) => ({
    name: 'Termlight',
    description: 'Explains crypto, DeFi and derivatives terms where you read them.',
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab'],
    // Asked for one site at a time ("Enable on this site"), or for all in everywhere mode.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    commands: {
      'lookup-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Look up the selected term (or the term at the caret)',
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
    ...(process.env.TERMLIGHT_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
});
