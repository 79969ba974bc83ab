import type { Page } from '@playwright/test';
import type { MarkedText } from './labels';

/**
 * The page's text, one line per block, and where our marks are in it. Runs under tsx: the
 * function sent to the page names no inner function (tsx would wrap it in a helper the
 * page does not have), hence the arrow functions held in constants.
 */
export async function markedText(page: Page): Promise<MarkedText> {
  return page.evaluate(() => {
    const BLOCKS = 'p,li,h1,h2,h3,h4,h5,h6,pre,td,th,blockquote,dd,dt,div,body';
    const starts = new Map<Node, number>();
    let text = '';
    let block: Element | null = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const own = n.parentElement?.closest(BLOCKS) ?? null;
      if (block !== null && own !== block) text += '\n';
      block = own;
      starts.set(n, text.length);
      text += (n as Text).data;
    }
    const marks: [number, number][] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('termlight-') || name === 'termlight-flash') continue;
      for (const r of highlight.keys()) {
        const s = starts.get(r.startContainer);
        const e = starts.get(r.endContainer);
        if (s !== undefined && e !== undefined) marks.push([s + r.startOffset, e + r.endOffset]);
      }
    }
    return { text, marks };
  });
}

export interface MarkPoint {
  text: string;
  x: number;
  /** In page coordinates: the walk scrolls before each move. */
  pageY: number;
}

/** The centre of each mark's first box, in document order. */
export async function markCentres(page: Page): Promise<MarkPoint[]> {
  return page.evaluate(() => {
    const out: { text: string; x: number; pageY: number; order: Range }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('termlight-') || name === 'termlight-flash') continue;
      for (const r of highlight.keys()) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const box = live.getClientRects()[0];
        if (box && box.width >= 2) out.push({ text: live.toString(), x: box.left + box.width / 2, pageY: box.top + box.height / 2 + scrollY, order: live });
      }
    }
    out.sort((a, b) => a.order.compareBoundaryPoints(Range.START_TO_START, b.order));
    return out.map(({ text, x, pageY }) => ({ text, x, pageY }));
  });
}
