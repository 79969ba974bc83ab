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
  /** The ranges last painted: what to put back if the page empties our highlight. */
  private ranges: readonly AbstractRange[] = [];

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
    this.ranges = ranges;
  }

  clear(): void {
    this.highlight.clear();
    this.ranges = [];
  }

  /**
   * The registry belongs to the page too: a page that clears it for its own highlights
   * (`CSS.highlights.clear()`), deletes our name, puts another highlight under it, or
   * empties ours, loses our marks with its own. Puts them back, and says whether it had
   * to. Constant time when nothing changed: it runs on scroll, hover, rescans and a slow
   * timer while the tab is visible.
   */
  restore(): boolean {
    if (this.name === undefined) return false;
    let changed = false;
    try {
      if (this.highlight.size !== this.ranges.length) {
        const fresh = new Highlight(...this.ranges.slice(0, MAX_SPREAD));
        for (const r of this.ranges.slice(MAX_SPREAD)) fresh.add(r);
        fresh.priority = 1;
        this.highlight = fresh;
        changed = true;
      }
      if (CSS.highlights.get(this.name) !== this.highlight) {
        CSS.highlights.set(this.name, this.highlight);
        changed = true;
      }
    } catch {
      // A page that replaced the registry's methods cannot make us throw; the next check tries again.
    }
    return changed;
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
