/**
 * npm run eval -- <folder> [--no-hover] [--anywhere]: how Termlight reads real pages. Renders every
 * Markdown page of <folder>/crypto and <folder>/noncrypto, serves each (through
 * Playwright's router, no network) at an address on a built-in crypto domain (with
 * --anywhere: in everywhere mode, at the page's own source address, which its first line
 * records, so each page passes the gate of an unknown site first), loads it in
 * Chromium with the built extension, and prints distinct terms, occurrences and marks per
 * page. Where a page has a `.labels.json` beside it (tests/fixtures/sense/), every
 * occurrence is marked and scored: recall of the expert's terms, ordinary uses lit. On
 * crypto pages a scripted reader then rests on 10 marks by single moves, in reading order
 * and back, and counts the cards that open on the right term. The folder is read, never
 * copied. Skips cleanly when the folder is absent.
 */
import { chromium, type Worker } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkGlossary } from '../lib/glossary/check';
import { compileGlossary } from '../lib/glossary/compile';
import { Matcher } from '../lib/match/matcher';
import { pageLabelsSchema, scoreLabels, type LabelScore, type PageLabels } from './eval/labels';
import { markCentres, markedText } from './eval/page-text';
import { renderText } from './eval/render-text';
import { readGlossarySources } from './glossary-source';
import type { PageTermsResponse } from '../lib/messages';
import { chromiumPath } from './browser-path';
import { highlightedTexts } from './page-marks';
import { ReplyMisfit, messageTabShowing, statsAfterFirstScan } from './tab-message';
import { allSitesCopy, turnOnEverywhere } from './everywhere';
import { escapeHtml, sourceAddress } from './eval/source';

const args = process.argv.slice(2);
const hoverWalk = !args.includes('--no-hover');
const anywhere = args.includes('--anywhere');
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'));
// TERMLIGHT_EXTENSION_DIR evaluates another build (e.g. `wxt build --mode NAME` writes .output/chrome-mv3-NAME).
const BUILT = process.env.TERMLIGHT_EXTENSION_DIR ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const ORIGIN = 'https://docs.ethereum.org';

if (!existsSync(folder)) {
  console.log(`eval: ${folder} not found; nothing to evaluate (skipped).`);
  process.exit(0);
}
if (!existsSync(join(BUILT, 'manifest.json'))) {
  console.error(`eval: no built extension in ${BUILT}; run npm run build first.`);
  process.exit(1);
}
// Everywhere mode needs all sites granted, which only a reader's prompt does: a copy that asks for them outright.
const allSites = anywhere ? allSitesCopy(BUILT) : undefined;
const EXTENSION = allSites?.path ?? BUILT;

interface Row {
  kind: string;
  page: string;
  words: number;
  crypto: boolean;
  distinct: number;
  occurrences: number;
  marks: number;
  marked: string[];
  /** Whether the page's content script answered at all. */
  answered: boolean;
  /** The gate's verdict, and the distinct terms of its sample (everywhere mode). */
  gate?: string;
  sampleTerms?: number;
  labels?: PageLabels;
  score?: LabelScore;
  /** Cards the scripted reader opened on the right term, of those it rested on. */
  hovers?: { right: number; tried: number; wrong: string[] };
}

/** The page's terms; undefined until its content script answers. */
const pageTermsOf = (worker: Worker, url: string): Promise<PageTermsResponse | undefined> =>
  messageTabShowing(worker, url, { type: 'termlight:page-terms' }).catch((error: unknown) => {
    if (error instanceof ReplyMisfit) throw error;
    return undefined;
  });

const pages = ['crypto', 'noncrypto'].flatMap((kind) => {
  const dir = join(folder, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(md|mdx|adoc|asciidoc|txt)$/.test(f))
    .sort()
    .map((f) => {
      const name = basename(f).replace(/\.[^.]+$/, '');
      const labelFile = join(dir, `${name}.labels.json`);
      const labels = existsSync(labelFile) ? pageLabelsSchema.parse(JSON.parse(readFileSync(labelFile, 'utf8'))) : undefined;
      const source = readFileSync(join(dir, f), 'utf8');
      return { kind, name, html: renderText(source), labels, address: sourceAddress(source) };
    });
});

const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath(),
  headless: true,
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const labelled = pages.some((p) => p.labels);
// Labels name occurrences: every one is marked, so an ordinary use is not hidden behind an
// earlier crypto one in its section.
if (anywhere) await turnOnEverywhere(worker, labelled ? { occurrences: 'all' } : {});
else if (labelled) {
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } };
    await chrome.storage.sync.set({ settings: { occurrences: 'all' }, settings$: { v: 2 } });
  });
}
const matcher = new Matcher(compileGlossary(checkGlossary(readGlossarySources()).glossary).matcher);
const idOf = (text: string): string | undefined => {
  const [first] = matcher.scan(text);
  return first ? matcher.ids[first.term] : undefined;
};
const urlOf = (p: (typeof pages)[number]): string => {
  if (!anywhere) return `${ORIGIN}/termlight-eval/${p.kind}/${p.name}.html`;
  if (!p.address) throw new Error(`eval --anywhere: ${p.kind}/${p.name} records no source address on its first line`);
  return p.address.url;
};
const served = new Map(pages.map((p) => [urlOf(p), p]));
if (served.size < pages.length) throw new Error('eval: two pages share an address');
// Only our rendered pages are answered; any other request is refused, so nothing leaves the machine.
await context.route('**/*', (route) => {
  // The extension's own files (the card's module) come from the extension, not the network.
  if (route.request().url().startsWith('chrome-extension://')) return route.continue();
  const page = served.get(route.request().url());
  return page
    ? route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><title>${escapeHtml(anywhere && page.address ? page.address.title : page.name)}</title><body>${page.html}</body>` })
    : route.abort();
});

const rows: Row[] = [];
const tab = await context.newPage();
await tab.setViewportSize({ width: 1200, height: 800 });
const cardId = (): Promise<string | null> =>
  tab.evaluate(() => document.querySelector('termlight-card')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-term-id') ?? null);

/** Rests on 6 marks from the middle of the page in reading order, then back over 4: one move each. */
async function walkMarks(): Promise<Row['hovers']> {
  const marks = await markCentres(tab);
  if (marks.length < 6) return undefined;
  const from = Math.max(0, Math.floor(marks.length / 2) - 3);
  const order = [0, 1, 2, 3, 4, 5, 4, 3, 2, 1].map((k) => from + k);
  const result = { right: 0, tried: 0, wrong: [] as string[] };
  for (const [step, i] of order.entries()) {
    const mark = marks[i]!;
    const expected = idOf(mark.text);
    if (!expected) continue;
    const top = await tab.evaluate(() => window.scrollY);
    // Scrolled only when the mark is out of the comfortable middle of the window, as a reader would.
    if (mark.pageY - top < 100 || mark.pageY - top > 700) await tab.evaluate((y) => window.scrollTo(0, y - 400), mark.pageY);
    const y = mark.pageY - (await tab.evaluate(() => window.scrollY));
    const covered = await tab.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.localName === 'termlight-card', [mark.x, y]);
    await tab.mouse.move(mark.x, y);
    result.tried++;
    let seen: string | null = null;
    for (let waited = 0; waited < 2000; waited += 50) {
      seen = await cardId();
      if (seen === expected) break;
      await tab.waitForTimeout(50);
    }
    if (seen === expected) result.right++;
    else result.wrong.push(`${step < 6 ? 'on' : 'back'} to ${mark.text} at y ${Math.round(y)} -> ${seen ?? 'no card'}${covered ? ' (under the open card)' : ''}`);
  }
  return result;
}

for (const [url, p] of served) {
  await tab.goto(url);
  const scanned = await statsAfterFirstScan(worker, url, 50, 100);
  const report = scanned ? await pageTermsOf(worker, url) : undefined;
  const marked = await highlightedTexts(tab);
  const words = await tab.evaluate(() => document.body.innerText.split(/\s+/).filter(Boolean).length);
  rows.push({
    kind: p.kind,
    page: p.name,
    answered: scanned !== undefined,
    gate: scanned?.gate,
    sampleTerms: scanned?.sample?.distinctTerms,
    words,
    crypto: report?.crypto ?? false,
    distinct: report?.terms.length ?? 0,
    occurrences: report?.terms.reduce((n, t) => n + t.count, 0) ?? 0,
    marks: marked.length,
    marked,
    labels: p.labels,
    score: p.labels ? scoreLabels(await markedText(tab), p.labels) : undefined,
    hovers: hoverWalk && p.kind === 'crypto' ? await walkMarks() : undefined,
  });
}
await context.close();
allSites?.remove();

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);
console.log(labelled ? 'Labelled set: every occurrence marked.\n' : '');
const gateHead = anywhere ? ' answered | gate (sample terms) | lit |' : '';
console.log(`| kind | page |${gateHead} words | reads as crypto | distinct terms | occurrences | marks |${labelled ? ' split | expert lit | ordinary lit |' : ''}${hoverWalk ? ' right cards |' : ''}`);
console.log(`|---|---|${anywhere ? '---|---|---|' : ''}---|---|---|---|---|${labelled ? '---|---|---|' : ''}${hoverWalk ? '---|' : ''}`);
for (const r of rows) {
  const sc = r.score;
  const labelCells = labelled
    ? ` ${r.labels?.split ?? ''} | ${sc ? `${sc.expertLit.length}/${sc.expertLit.length + sc.expertMissed.length}` : ''} | ${sc ? `${sc.ordinaryLit.length}/${sc.ordinaryLit.length + sc.ordinaryUnlit}` : ''} |`
    : '';
  const hoverCell = hoverWalk ? ` ${r.hovers ? `${r.hovers.right}/${r.hovers.tried}` : ''} |` : '';
  const gateCells = anywhere ? ` ${r.answered ? 'yes' : 'NO'} | ${r.gate ?? '-'} (${r.sampleTerms ?? '-'}) | ${r.marks > 0 ? 'yes' : 'no'} |` : '';
  console.log(`| ${r.kind} | ${r.page} |${gateCells} ${r.words} | ${r.crypto ? 'yes' : 'no'} | ${r.distinct} | ${r.occurrences} | ${r.marks} |${labelCells}${hoverCell}`);
}
const crypto = rows.filter((r) => r.kind === 'crypto');
const plain = rows.filter((r) => r.kind === 'noncrypto');
console.log(`\ncrypto pages: ${crypto.length}, median distinct terms ${median(crypto.map((r) => r.distinct))}`);
if (anywhere) {
  const dark = crypto.filter((r) => !r.answered || r.marks === 0);
  console.log(`everywhere mode, each page at its source address: crypto pages answered and lit ${crypto.length - dark.length}/${crypto.length}${dark.length ? ` (not: ${dark.map((r) => `${r.page}, gate ${r.gate ?? 'no answer'}`).join('; ')})` : ''}; ordinary pages stopped by the gate ${plain.filter((r) => r.gate === 'failed').length}/${plain.length}`);
}
console.log(`non-crypto pages: ${plain.length}, marks in all ${plain.reduce((n, r) => n + r.marks, 0)} (goal <= 3)`);
for (const r of plain.filter((x) => x.marks > 0)) console.log(`  marked on ${r.page}: ${r.marked.join(', ')}`);
if (labelled) {
  for (const split of ['tune', 'holdout', 'all'] as const) {
    const scored = rows.filter((r) => r.score && (split === 'all' || r.labels?.split === split));
    const lit = scored.reduce((n, r) => n + r.score!.expertLit.length, 0);
    const expert = scored.reduce((n, r) => n + r.score!.expertLit.length + r.score!.expertMissed.length, 0);
    const wrong = scored.reduce((n, r) => n + r.score!.ordinaryLit.length, 0);
    const ordinary = scored.reduce((n, r) => n + r.score!.ordinaryLit.length + r.score!.ordinaryUnlit, 0);
    console.log(`${split.padEnd(7)} expert terms lit ${lit}/${expert} (${pct(lit, expert)}, goal >= 90 %); ordinary uses lit ${wrong}/${ordinary} (${pct(wrong, ordinary)}, goal <= 5 %)`);
  }
  if (args.includes('--details')) {
    for (const r of rows.filter((x) => x.score)) {
      const sc = r.score!;
      if (sc.expertMissed.length) console.log(`  missed on ${r.page}: ${sc.expertMissed.join(', ')}`);
      if (sc.ordinaryLit.length) console.log(`  ordinary lit on ${r.page}: ${sc.ordinaryLit.join('; ')}`);
      if (sc.ordinaryNotFound.length) console.log(`  snippets not found on ${r.page}: ${sc.ordinaryNotFound.join('; ')}`);
    }
  }
}
if (hoverWalk) {
  const walked = rows.filter((r) => r.hovers);
  const right = walked.reduce((n, r) => n + r.hovers!.right, 0);
  const tried = walked.reduce((n, r) => n + r.hovers!.tried, 0);
  console.log(`scripted reader: ${right}/${tried} single moves opened the right card (${pct(right, tried)}, goal >= 98 %) on ${walked.length} pages`);
  for (const r of walked.filter((x) => x.hovers!.wrong.length)) console.log(`  on ${r.page}: ${r.hovers!.wrong.join('; ')}`);
}
