/**
 * The browser half of npm run bench: the built extension on a generated 1 MB article and a
 * 200,000-node page in real Chromium, against what a reader could use instead (mark.js,
 * one big RegExp wrapping matches in <mark>) and the floor (a TreeWalker that only reads
 * every text node). Pages are served through Playwright's router; nothing leaves the machine.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../scripts/browser-path';
import { ORIGIN, QUIET_ORIGIN, articleHtml, nodesHtml, serve } from './browser-pages';
import { contenders } from './contenders';
import { measureHover } from './hover-bench';
import { measurePage } from './page-bench';

const ROOT = join(import.meta.dirname, '..');
// TERMLIGHT_EXTENSION_DIR measures another build (e.g. `wxt build --mode NAME` writes .output/chrome-mv3-NAME).
const EXTENSION = process.env.TERMLIGHT_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
const RUNS = 7;

export interface BrowserBench {
  page: Record<string, number>;
  nodes: Record<string, number>;
  hover: { ms: number; coldMs: number; warmMs: number };
  bundle: { contentScriptGzipBytes: number; backgroundGzipBytes: number; cardModuleGzipBytes: number };
}

export async function runBrowserBench(forms: readonly string[]): Promise<BrowserBench> {
  const article = articleHtml(forms, 1_000_000);
  const nodes = nodesHtml(forms, 200_000);
  const pages = new Map([
    [`${ORIGIN}/article.html`, article],
    [`${ORIGIN}/nodes.html`, nodes],
    [`${QUIET_ORIGIN}/article.html`, article],
    [`${QUIET_ORIGIN}/nodes.html`, nodes],
  ]);
  const withExt = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  await serve(withExt, pages);
  const bare = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  const plainContext = await bare.newContext();
  await serve(plainContext, pages);

  const setup = { withExt, plainContext, contenders: contenders(forms), runs: RUNS };
  const page = await measurePage(setup, `${ORIGIN}/article.html`, true);
  const nodesResult = await measurePage(setup, `${ORIGIN}/nodes.html`, false);
  const hover = await measureHover(withExt, `${ORIGIN}/article.html`, RUNS);
  await withExt.close();
  await bare.close();

  const content = readFileSync(join(EXTENSION, 'content-scripts', 'content.js'));
  const gz = gzipSync(content).length;
  return {
    page,
    nodes: nodesResult,
    hover,
    bundle: {
      // The glossary index lives in the background: the content script carries none.
      contentScriptGzipBytes: gz,
      backgroundGzipBytes: gzipSync(readFileSync(join(EXTENSION, 'background.js'))).length,
      // Loaded on the first card only.
      cardModuleGzipBytes: gzipSync(readFileSync(join(EXTENSION, 'card-ui.js'))).length,
    },
  };
}
