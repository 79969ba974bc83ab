import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the manifest asks only for what the features use', () => {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'manifest.json'), 'utf8')) as {
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
  // Pages may load exactly one file of ours, the card's module, and only through a
  // per-session URL, so it cannot be used to detect the extension.
  expect(manifest.web_accessible_resources).toEqual([{ resources: ['card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
  // WebAssembly for the matcher's scanner, and nothing looser: no eval, no remote script.
  expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" });
});

test('the content script carries neither zod\'s full API nor the glossary\'s build-time schemas', () => {
  // Both once made up most of its code and cost every page load milliseconds of startup.
  const script = readFileSync(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'content-scripts', 'content.js'), 'utf8');
  expect(script).toMatch(/[`"']ZodMiniString[`"']/);
  expect(script).not.toMatch(/[`"']ZodString[`"']/);
  expect(script).not.toContain('must be a single line');
});

test('the glossary and its matcher ship in the background, not in the script every page loads', () => {
  const built = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
  const script = readFileSync(join(built, 'content-scripts', 'content.js'), 'utf8');
  const background = readFileSync(join(built, 'background.js'), 'utf8');
  // A term id and the decoder of the matcher's tables: both belong to the background alone.
  for (const marker of ['impermanent-loss', 'fromBase64']) {
    expect(background).toContain(marker);
    expect(script).not.toContain(marker);
  }
});
