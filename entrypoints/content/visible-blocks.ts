import type { TextBlock } from './text-blocks';

/*
 * Which blocks a reader sees first, so a page opened scrolled (a link to an anchor, a
 * restored position) is marked where the reader is before the rest.
 */

/** Blocks around the text under a few points of the window, found by hit testing what is painted. */
export function visibleRange(blocks: readonly TextBlock[]): number[] {
  const doc = blocks[0]?.nodes[0]?.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view || typeof doc.caretPositionFromPoint !== 'function') return [];
  // At the top of the page, document order already reaches the window first; hit testing
  // could force a layout of the whole page for nothing.
  if (view.scrollY === 0) return [];
  const indexOf = new Map<Text, number>();
  blocks.forEach((block, i) => {
    for (const node of block.nodes) indexOf.set(node, i);
  });
  const hits: number[] = [];
  for (const fy of [0.05, 0.25, 0.5, 0.75, 0.95]) {
    for (const fx of [0.25, 0.5]) {
      const caret = doc.caretPositionFromPoint(view.innerWidth * fx, view.innerHeight * fy);
      const i = caret?.offsetNode.nodeType === Node.TEXT_NODE ? indexOf.get(caret.offsetNode as Text) : undefined;
      if (i !== undefined) hits.push(i);
    }
  }
  if (hits.length === 0) return [];
  // A margin either side covers blocks between the sampled points and just off screen.
  const from = Math.max(0, Math.min(...hits) - 20);
  const to = Math.min(blocks.length - 1, Math.max(...hits) + 20);
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
