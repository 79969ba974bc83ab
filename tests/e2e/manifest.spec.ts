import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH, expect, test } from './fixtures';

test('the manifest asks only for what the features use', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_scripts: { matches: string[] }[];
    web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    content_security_policy?: { extension_pages?: string };
  };
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  for (const m of manifest.content_scripts.flatMap((c) => c.matches)) expect(m).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\/\*$/);
  // Pages may load exactly two files of ours, the content script's main module and the
  // card's, and only through a per-session URL, so neither can be used to detect the extension.
  expect(manifest.web_accessible_resources).toEqual([{ resources: ['content-main.js', 'card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
  // WebAssembly for the matcher's scanner, and nothing looser: no eval, no remote script.
  expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" });
});

test('the content script carries neither zod\'s full API nor the glossary\'s build-time schemas', () => {
  // Both once made up most of its code and cost every page load milliseconds of startup.
  // Its first module, which every page evaluates, carries no zod at all (it reads settings
  // without schemas); the main module, loaded where a page is lit, only zod's mini build.
  const first = readFileSync(join(EXTENSION_PATH, 'content-scripts', 'content.js'), 'utf8');
  const main = readFileSync(join(EXTENSION_PATH, 'content-main.js'), 'utf8');
  expect(first).not.toMatch(/[`"']ZodMini/);
  expect(main).toMatch(/[`"']ZodMiniString[`"']/);
  for (const script of [first, main]) {
    expect(script).not.toMatch(/[`"']ZodString[`"']/);
    expect(script).not.toContain('must be a single line');
  }
});

test('the glossary and its matcher ship in the background, not in the script every page loads', () => {
  const scripts = ['content-scripts/content.js', 'content-main.js'].map((file) => readFileSync(join(EXTENSION_PATH, file), 'utf8'));
  const background = readFileSync(join(EXTENSION_PATH, 'background.js'), 'utf8');
  // A term id and the decoder of the matcher's tables: both belong to the background alone.
  for (const marker of ['impermanent-loss', 'fromBase64']) {
    expect(background).toContain(marker);
    for (const script of scripts) expect(script).not.toContain(marker);
  }
});
