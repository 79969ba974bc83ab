/**
 * npm run eval -- <folder>: how Termlight reads real pages. Renders every Markdown page of
 * <folder>/crypto and <folder>/noncrypto, serves each (through Playwright's router, no
 * network) at an address on a built-in crypto domain, loads it in Chromium with the built
 * extension, and prints distinct terms, occurrences and marks per page. The folder is
 * read, never copied. Skips cleanly when the folder is absent.
 */
import { chromium, type Worker } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { renderText } from '../lib/eval/render-text';
import type { PageTermsResponse } from '../lib/messages';
import { chromiumPath } from './browser-path';
import { highlightedTexts } from './page-marks';
import { messageTabShowing, statsAfterFirstScan } from './tab-message';

const folder = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'));
const EXTENSION = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const ORIGIN = 'https://docs.ethereum.org';

if (!existsSync(folder)) {
  console.log(`eval: ${folder} not found; nothing to evaluate (skipped).`);
  process.exit(0);
}
if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  console.error('eval: no built extension in .output/chrome-mv3; run npm run build first.');
  process.exit(1);
}

interface Row {
  kind: string;
  page: string;
  words: number;
  crypto: boolean;
  distinct: number;
  occurrences: number;
  marks: number;
  marked: string[];
}

/** Undefined until the page's content script answers. */
const ask = (worker: Worker, url: string, message: object): Promise<unknown> => messageTabShowing(worker, url, message).catch(() => undefined);

const pages = ['crypto', 'noncrypto'].flatMap((kind) => {
  const dir = join(folder, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(md|mdx|adoc|asciidoc|txt)$/.test(f))
    .sort()
    .map((f) => ({ kind, name: basename(f).replace(/\.[^.]+$/, ''), html: renderText(readFileSync(join(dir, f), 'utf8')) }));
});

const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath(),
  headless: true,
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const served = new Map(pages.map((p) => [`${ORIGIN}/termlight-eval/${p.kind}/${p.name}.html`, p]));
// Only our rendered pages are answered; any other request is refused, so nothing leaves the machine.
await context.route('**/*', (route) => {
  const page = served.get(route.request().url());
  return page
    ? route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><title>${page.name}</title><body>${page.html}</body>` })
    : route.abort();
});

const rows: Row[] = [];
const tab = await context.newPage();
for (const [url, p] of served) {
  await tab.goto(url);
  const scanned = await statsAfterFirstScan(worker, url, 50, 100);
  const report = scanned ? ((await ask(worker, url, { type: 'termlight:page-terms' })) as PageTermsResponse | undefined) : undefined;
  const marked = await highlightedTexts(tab);
  const words = await tab.evaluate(() => document.body.innerText.split(/\s+/).filter(Boolean).length);
  rows.push({
    kind: p.kind,
    page: p.name,
    words,
    crypto: report?.crypto ?? false,
    distinct: report?.terms.length ?? 0,
    occurrences: report?.terms.reduce((n, t) => n + t.count, 0) ?? 0,
    marks: marked.length,
    marked,
  });
}
await context.close();

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(`| kind | page | words | reads as crypto | distinct terms | occurrences | marks |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.kind} | ${r.page} | ${r.words} | ${r.crypto ? 'yes' : 'no'} | ${r.distinct} | ${r.occurrences} | ${r.marks} |`);
const crypto = rows.filter((r) => r.kind === 'crypto');
const plain = rows.filter((r) => r.kind === 'noncrypto');
console.log(`\ncrypto pages: ${crypto.length}, median distinct terms ${median(crypto.map((r) => r.distinct))} (goal >= 25)`);
console.log(`non-crypto pages: ${plain.length}, marks in all ${plain.reduce((n, r) => n + r.marks, 0)} (goal <= 3)`);
for (const r of plain.filter((x) => x.marks > 0)) console.log(`  marked on ${r.page}: ${r.marked.join(', ')}`);
