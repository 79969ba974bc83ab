/**
 * Serves the demo page and opens it in Chromium (or Chrome) with the built extension.
 * Without a display it serves the page and says how to load the extension by hand.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findStartBrowser, thisMachine } from './browsers.mjs';
import { serveFolder } from './static-server';

const ROOT = join(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const DEMO_PORT = Number(process.env.TERMLIGHT_DEMO_PORT ?? 8740);

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function manualSteps(url: string): string {
  return [
    `The demo page is served at ${url}`,
    `The built extension is in ${EXTENSION}`,
    'To load it by hand in Chrome or Chromium:',
    '  1. open chrome://extensions and switch on "Developer mode" (top right);',
    '  2. click "Load unpacked";',
    `  3. choose ${EXTENSION}, then open ${url}`,
  ].join('\n');
}

async function serveDemo(): Promise<{ url: string; close(): Promise<void> }> {
  try {
    return await serveFolder(join(ROOT, 'demo'), DEMO_PORT);
  } catch {
    // The usual port is taken (another npm start?): any free port will do.
    return serveFolder(join(ROOT, 'demo'));
  }
}

async function main(): Promise<void> {
  // $TERMLIGHT_BROWSER, then Chromium, then Chrome (scripts/browsers.mjs); start.mjs has
  // already stopped with the fix when there is none.
  const found = findStartBrowser(thisMachine());
  if (found.path === undefined) {
    console.error(found.problem);
    process.exit(1);
  }
  const browserPath = found.path;
  const server = await serveDemo();
  const url = `${server.url}/`;
  if (!hasDisplay()) {
    console.log('No display found, so no browser window is opened.');
    console.log(manualSteps(url));
    console.log('\nServing until you press Ctrl+C.');
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'termlight-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: false,
    viewport: null,
    // Branded Chrome ignores --load-extension since version 137; the DevTools call below
    // loads the extension there instead.
    ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--enable-unsafe-extension-debugging'],
  });
  const loaded = context.serviceWorkers().length > 0 || (await context.waitForEvent('serviceworker', { timeout: 3000 }).then(() => true, () => false));
  if (!loaded) {
    const browser = context.browser();
    const session = browser ? await browser.newBrowserCDPSession() : undefined;
    const ok = await session?.send('Extensions.loadUnpacked' as never, { path: EXTENSION } as never).then(() => true, () => false);
    if (!ok) console.log(`The browser did not load the extension by itself.\n${manualSteps(url)}`);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Termlight is loaded; the demo is open at ${url}. Close the browser to stop.`);
  context.on('close', () => void server.close());
}

void main();
