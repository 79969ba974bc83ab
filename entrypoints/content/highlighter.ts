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

/**
 * Marks ranges through the CSS Custom Highlight API: the page's DOM is never touched, and
 * removing the marks is one registry call.
 */
export class Highlighter {
  private readonly highlight = new Highlight();
  private name: string | undefined;

  constructor() {
    this.highlight.priority = 1;
  }

  /** Replaces every mark with `ranges`, painted in the style `name` stands for. */
  paint(ranges: Iterable<AbstractRange>, name: string): void {
    this.highlight.clear();
    for (const r of ranges) this.highlight.add(r);
    if (name !== this.name) {
      this.unregister();
      CSS.highlights.set(name, this.highlight);
      this.name = name;
    }
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
