import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a reader could run instead of Termlight, and the floors any marker stands on; each returns its ms. */
export interface Contenders {
  /** A TreeWalker that only reads every text node. */
  bareWalk: (p: Page) => Promise<number>;
  /** The least a Custom Highlight API marker must do for `marks` marks, in the page's own world. */
  highlightFloor: (p: Page, marks: number) => Promise<number>;
  /** The same in an isolated world, as a content script runs. */
  isolatedHighlightFloor: (p: Page, marks: number) => Promise<number>;
  /** mark.js with every term. */
  markJs: (p: Page) => Promise<number>;
  /** One big RegExp, wrapping each match in <mark>. */
  regExpWrap: (p: Page) => Promise<number>;
}

export function contenders(forms: readonly string[]): Contenders {
  const markJsSource = readFileSync(join(import.meta.dirname, '..', 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  const terms = [...new Set(forms)].sort((a, b) => b.length - a.length);
  // Built here and passed as text: functions defined inside page.evaluate must stay anonymous.
  const pattern = `\\b(?:${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`;

  const bareWalk = (p: Page): Promise<number> =>
    p.evaluate(() => {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      for (let node = w.nextNode(); node; node = w.nextNode()) n += (node as Text).data.length;
      return performance.now() - t0 + (n < 0 ? 1 : 0);
    });
  // The least any marker held to the Custom Highlight API must do: walk the text, make one
  // StaticRange per mark (spread over the text nodes, a term's length each), register one
  // Highlight. No matching, no script to load, no messages. Run in the page's own world, and
  // in an isolated world as a content script is, where every DOM node a script touches needs
  // a wrapper of that world's own.
  const floorSource = `(count) => {
    const t0 = performance.now();
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = w.nextNode(); node; node = w.nextNode()) if (node.data.length > 12) nodes.push(node);
    const ranges = [];
    for (let k = 0; k < count && nodes.length > 0; k++) {
      const node = nodes[Math.floor((k * nodes.length) / count)];
      const start = (k * 37) % (node.data.length - 12);
      ranges.push(new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: start + 12 }));
    }
    const highlight = new Highlight();
    for (const range of ranges) highlight.add(range);
    CSS.highlights.set('termlight-bench-floor', highlight);
    return performance.now() - t0 + (ranges.length === count ? 0 : NaN);
  }`;
  const highlightFloor = (p: Page, marks: number): Promise<number> => p.evaluate(`(${floorSource})(${marks})`);
  const isolatedHighlightFloor = async (p: Page, marks: number): Promise<number> => {
    const cdp = await p.context().newCDPSession(p);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'termlight-bench-floor' });
    const { result } = await cdp.send('Runtime.evaluate', { expression: `(${floorSource})(${marks})`, contextId: executionContextId, returnByValue: true });
    await cdp.detach();
    return typeof result.value === 'number' ? result.value : NaN;
  };
  const markJs = async (p: Page): Promise<number> => {
    await p.addScriptTag({ content: markJsSource });
    return p.evaluate((source) => {
      const t0 = performance.now();
      // mark.js with all terms as one RegExp (markRegExp): with 2,400 separate terms
      // its mark() overflows the stack on this page, so this is its workable fast path.
      new (window as unknown as { Mark: new (el: Element) => { markRegExp(r: RegExp, o: object): void } }).Mark(document.body).markRegExp(new RegExp(source, 'gi'), {});
      return performance.now() - t0;
    }, pattern);
  };
  const regExpWrap = (p: Page): Promise<number> =>
    p.evaluate((source) => {
      const t0 = performance.now();
      const re = new RegExp(source, 'gi');
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n as Text);
      for (const node of nodes) {
        const matches = [...node.data.matchAll(re)];
        for (let k = matches.length - 1; k >= 0; k--) {
          const m = matches[k]!;
          const tail = node.splitText(m.index);
          tail.splitText(m[0].length);
          const mark = document.createElement('mark');
          tail.replaceWith(mark);
          mark.append(tail);
        }
      }
      return performance.now() - t0;
    }, pattern);
  return { bareWalk, highlightFloor, isolatedHighlightFloor, markJs, regExpWrap };
}
