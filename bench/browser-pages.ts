import type { BrowserContext } from '@playwright/test';
import { generateText } from './text';

/** The bench's pages, on a built-in crypto site, served through Playwright's router. */
export const ORIGIN = 'https://docs.ethereum.org/termlight-bench';
/** The same pages on a site Termlight does not run on: the page's own cost, in the same browser. */
export const QUIET_ORIGIN = 'https://quiet.example/termlight-bench';

/** A generated article of about `chars` characters, a heading every 20 paragraphs. */
export function articleHtml(forms: readonly string[], chars: number): string {
  const text = generateText(forms, chars, 11);
  const paragraphs = text.split(/\n\n/);
  return `<!doctype html><meta charset="utf-8"><title>bench</title><body>${paragraphs
    .map((p, i) => `${i % 20 === 0 ? `<h2>Section ${i / 20 + 1}</h2>` : ''}<p>${p.replace(/[&<>]/g, ' ')}</p>`)
    .join('\n')}</body>`;
}

/** A page of about `nodes` DOM nodes in short rows, a term in one row of 40. */
export function nodesHtml(forms: readonly string[], nodes: number): string {
  const rows: string[] = [];
  // Each row is a div, two spans and their text: about 5 nodes.
  for (let i = 0; i < nodes / 5; i++) {
    rows.push(`<div><span>row ${i}</span> <span>${i % 40 === 0 ? forms[i % forms.length] : 'plain cell'}</span></div>`);
  }
  return `<!doctype html><meta charset="utf-8"><title>nodes</title><body>${rows.join('')}</body>`;
}

/** Serves `pages` (by URL) in `context`; any other request but the extension's own is refused. */
export async function serve(context: BrowserContext, pages: Map<string, string>): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const body = pages.get(url);
    if (body) return route.fulfill({ contentType: 'text/html', body });
    // Our own packaged files (the card's module) load as usual; the web stays shut.
    return url.startsWith('chrome-extension:') ? route.continue() : route.abort();
  });
}
