import type { TermSet } from '../../lib/match/term-set';
import { rangeOf, type PageScan } from './page-scan';

export interface LookupTarget {
  /** The term found, or undefined when the glossary has nothing for the selection. */
  id: string | undefined;
  /** Where the card should point. */
  anchor: Range;
  /** The text looked up, for the "not in the glossary" card. */
  query: string;
}

/**
 * The term the reader is asking about: a marked or unmarked term at the selection (or the
 * caret), else the first glossary term in the selected text. `text` is the selection as
 * the browser reported it (context menu), which also covers selections inside form fields.
 */
export function findLookupTarget(doc: Document, scan: PageScan | undefined, terms: TermSet, text?: string): LookupTarget | undefined {
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  if (range && scan) {
    const found =
      scan.termAt(range.startContainer, range.startOffset) ??
      (range.collapsed && range.startOffset > 0 ? scan.termAt(range.startContainer, range.startOffset - 1) : undefined);
    if (found) {
      const anchor = rangeOf(found.scanned, found.match);
      return { id: terms.idOf(found.match), anchor, query: anchor.toString() };
    }
  }
  const query = (text ?? selection?.toString() ?? '').trim().slice(0, 500);
  if (!query) return undefined;
  const match = terms.lookup(query);
  let anchor = range && !range.collapsed ? range.cloneRange() : undefined;
  if (!anchor) {
    // A selection inside an input or textarea has no DOM range: point at the field.
    const active = doc.activeElement;
    if (!active || active === doc.body) return undefined;
    anchor = doc.createRange();
    anchor.selectNode(active);
  }
  return { id: match ? terms.idOf(match) : undefined, anchor, query };
}
