import type { Page } from '@playwright/test';

/** One of our marks as read in the page: its text and its first box (null when it has none). */
export interface PageMark {
  text: string;
  box: { x: number; y: number; width: number; line: number } | null;
}

/**
 * Runs in the page: every range in our marks (whatever their style), in document order,
 * those under `selector` or all of them, open shadow roots included, with its text and the
 * centre of its first box. Handed to Playwright's and puppeteer's `evaluate` alike, so it
 * names no inner function: tsx would wrap a named one in a helper the page does not have.
 */
export const readMarks = (selector: string | undefined): PageMark[] => {
  const scope = selector ? document.querySelector(selector) : undefined;
  const ranges = [...CSS.highlights.entries()]
    .filter(([name]) => name.startsWith('termlight-') && name !== 'termlight-flash')
    .flatMap(([, highlight]) => [...highlight.keys()])
    .filter((r) => (selector ? !!scope?.contains(r.startContainer) : true))
    // Our marks are StaticRanges: copied into live ones to sort and read them.
    .map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
  // Ranges in different trees (a shadow root and the document) have no order between them.
  ranges.sort((a, b) => (a.startContainer.getRootNode() === b.startContainer.getRootNode() ? a.compareBoundaryPoints(Range.START_TO_START, b) : 0));
  return ranges.map((r) => {
    const rect = r.getClientRects()[0];
    return {
      text: r.toString(),
      box: rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, width: rect.width, line: Math.round(rect.top + window.scrollY) } : null,
    };
  });
};

/** Text of our marks under `within`, or all of them (see readHighlightedTexts). Used by the e2e tests and `npm run eval`. */
export async function highlightedTexts(page: Page, within?: string): Promise<string[]> {
  return (await page.evaluate(readMarks, within)).map((m) => m.text);
}
