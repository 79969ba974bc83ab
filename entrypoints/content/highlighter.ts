import type { Settings } from '../../lib/settings/schema';

/**
 * Our entry in the page's highlight registry. The manifest CSS styles one name per mark
 * style and colour, since the page must not receive a <style> element from us.
 */
export function highlightName(settings: Pick<Settings, 'markStyle' | 'markColor'>): string {
  return `termlight-${settings.markStyle}-${settings.markColor}`;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

const MAX_SPREAD = 30_000;

/**
 * Marks ranges through the CSS Custom Highlight API: the page's DOM is never touched, and
 * removing the marks is one registry call.
 */
export class Highlighter {
  private highlight = new Highlight();
  private name: string | undefined;

  /** Replaces every mark with `ranges`, painted in the style `name` stands for. */
  paint(ranges: readonly AbstractRange[], name: string): void {
    // One call with every range costs the page less than one call per range, up to the
    // engine's limit on arguments.
    let next: Highlight;
    if (ranges.length <= MAX_SPREAD) next = new Highlight(...ranges);
    else {
      next = new Highlight();
      for (const r of ranges) next.add(r);
    }
    next.priority = 1;
    this.unregister();
    CSS.highlights.set(name, next);
    this.highlight = next;
    this.name = name;
  }

  clear(): void {
    this.highlight.clear();
  }

  dispose(): void {
    this.highlight.clear();
    this.unregister();
  }

  private unregister(): void {
    if (this.name !== undefined && CSS.highlights.get(this.name) === this.highlight) CSS.highlights.delete(this.name);
    this.name = undefined;
  }
}
