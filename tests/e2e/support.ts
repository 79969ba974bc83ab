import type { Page } from '@playwright/test';
import { readMarks } from '../../scripts/page-marks';

/**
 * Installed before any page script: once the page has parsed (and before content scripts
 * run at document_idle), records every DOM mutation outside our card host.
 */
export const RECORD_MUTATIONS = `
  window.__mutations = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const ours = (n) => n && n.nodeType === 1 && n.localName === 'termlight-card';
      const inside = (n) => { for (let x = n; x; x = x.parentNode) if (ours(x)) return true; return false; };
      const onlyHost = r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours);
      if (inside(r.target) || onlyHost) continue;
      window.__mutations.push(r.type + ' on ' + (r.target.nodeName || '?') + (r.attributeName ? ' @' + r.attributeName : ''));
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
`;

export async function foreignMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
}

export { highlightedTexts } from '../../scripts/page-marks';

/** Runs in the page: centre of the first occurrence of `needle` inside `selector`, found without touching the DOM. */
export const readPointOf = ([selector, needle]: readonly [string, string]): { x: number; y: number } | null => {
  const root = document.querySelector(selector);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + needle.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
};

/** Centre of the first occurrence of `text` inside `selector` (see readPointOf). */
export async function pointOf(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(readPointOf, [selector, text] as const);
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  return point;
}

export interface MarkPoint {
  text: string;
  x: number;
  y: number;
  /** Top of the line the mark sits on, to tell marks on one line from the next. */
  line: number;
}

/** The centre of every mark's first box under `within`, in document order, read from our highlights. */
export async function markPoints(page: Page, within?: string): Promise<MarkPoint[]> {
  return (await page.evaluate(readMarks, within)).flatMap((m) => (m.box && m.box.width >= 2 ? [{ text: m.text, ...m.box }] : []));
}
