/** Name of our entry in the page's highlight registry; the manifest CSS styles it. */
export const HIGHLIGHT_NAME = 'termlight-term';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Marks ranges through the CSS Custom Highlight API: the page's DOM is never touched, and
 * removing the marks is one registry call.
 */
export class Highlighter {
  private readonly highlight = new Highlight();

  constructor() {
    this.highlight.priority = 1;
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  add(ranges: Iterable<Range>): void {
    for (const r of ranges) this.highlight.add(r);
  }

  clear(): void {
    this.highlight.clear();
  }

  dispose(): void {
    this.highlight.clear();
    if (CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
  }
}
