import type { FoundTerm, PageScan } from './page-scan';
import { rangeOf } from './page-scan';

export interface Hit extends FoundTerm {
  range: Range;
}

/**
 * The caret position under a point, through whichever API this browser has. Open shadow
 * roots we scanned are passed along, or the caret would stop at their host.
 */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  // Chromium before 128 and Safari only have the WebKit variant, deprecated but still shipped.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const range = 'caretRangeFromPoint' in doc ? doc.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/**
 * The glossary term under the pointer. The caret APIs snap to the nearest character even
 * when the pointer is in a margin, so the hit counts only if the point lies inside the
 * match's own boxes.
 */
export function hitTest(doc: Document, scan: PageScan, x: number, y: number): Hit | undefined {
  const caret = caretAt(doc, x, y, [...scan.shadowRoots]);
  if (!caret) return undefined;
  // A caret just after the last character of a word belongs to that word too.
  const found = scan.termAt(caret.node, caret.offset) ?? (caret.offset > 0 ? scan.termAt(caret.node, caret.offset - 1) : undefined);
  if (!found) return undefined;
  const range = rangeOf(found.scanned, found.match);
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return { ...found, range };
  }
  return undefined;
}
