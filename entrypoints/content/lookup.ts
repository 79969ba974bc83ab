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
export async function findLookupTarget(
  doc: Document,
  scan: PageScan | undefined,
  lookup: (text: string) => Promise<string | null>,
  text?: string,
): Promise<LookupTarget | undefined> {
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  if (range && scan) {
    const found =
      scan.termAt(range.startContainer, range.startOffset) ??
      (range.collapsed && range.startOffset > 0 ? scan.termAt(range.startContainer, range.startOffset - 1) : undefined);
    if (found) {
      const anchor = rangeOf(found.scanned, found.match);
      return { id: found.match.term.id, anchor, query: anchor.toString() };
    }
  }
  const query = (text ?? selection?.toString() ?? '').trim().slice(0, 500);
  if (!query) return undefined;
  let anchor = range && !range.collapsed ? range.cloneRange() : undefined;
  if (!anchor) {
    // A selection inside an input or textarea has no DOM range: point at the field.
    const active = doc.activeElement;
    if (!active || active === doc.body) return undefined;
    anchor = doc.createRange();
    anchor.selectNode(active);
  }
  return { id: (await lookup(query)) ?? undefined, anchor, query };
}
