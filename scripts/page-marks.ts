import type { Page } from '@playwright/test';

/**
 * Runs in the page: the text of every range in our marks (whatever their style), in
 * document order, those under `selector` or all of them, open shadow roots included.
 * Handed to Playwright's and puppeteer's `evaluate` alike, so it names no inner function:
 * tsx would wrap a named one in a helper the page does not have.
 */
export const readHighlightedTexts = (selector: string | undefined): string[] => {
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
  return ranges.map((r) => r.toString());
};

/** Text of our marks under `within`, or all of them (see readHighlightedTexts). Used by the e2e tests and `npm run eval`. */
export async function highlightedTexts(page: Page, within?: string): Promise<string[]> {
  return page.evaluate(readHighlightedTexts, within);
}
