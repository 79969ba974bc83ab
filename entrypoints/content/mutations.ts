import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_HOST_TAG } from './card-contract';
import { blockOf, isSkipped } from './text-blocks';

/** How long changes gather before one rescan: a page that changes non-stop costs at most 20 small rescans a second. */
const BATCH_MS = 50;

function isOurs(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(CARD_HOST_TAG) != null;
}

/** The fewest roots that cover `nodes`: connected, readable, none inside another. */
export function coverRoots(nodes: Iterable<Node>): Node[] {
  const candidates = [...new Set(nodes)].filter((n) => n.isConnected && !isOurs(n) && !isSkipped(n));
  return candidates.filter((n) => !candidates.some((other) => other !== n && other.contains(n)));
}

/**
 * Watches the page for text that appears, changes or goes, and hands the blocks to rescan
 * to `onDirty` in batches. Our own card's subtree is ignored.
 */
export function watchMutations(ctx: ContentScriptContext, onBusy: (ms: number) => void, onDirty: (roots: Node[]) => Promise<void>): () => void {
  const dirty = new Set<Node>();
  let timer: number | undefined;
  const flush = (): void => {
    timer = undefined;
    const roots = coverRoots(dirty);
    dirty.clear();
    if (roots.length > 0) void onDirty(roots);
  };
  const observer = new MutationObserver((records) => {
    const t0 = performance.now();
    collect(records);
    if (dirty.size > 0 && timer === undefined) timer = ctx.setTimeout(flush, BATCH_MS);
    onBusy(performance.now() - t0);
  });
  const collect = (records: MutationRecord[]): void => {
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (r.type === 'characterData') {
        const owner = blockOf(r.target);
        if (owner) dirty.add(owner);
        continue;
      }
      for (const added of r.addedNodes) {
        if (isOurs(added)) continue;
        const owner = blockOf(added);
        if (owner) dirty.add(owner);
      }
      // Text that went away may have split a block: what is left of it is read again.
      if (r.removedNodes.length > 0) {
        const owner = blockOf(r.target);
        if (owner && ![...r.removedNodes].every(isOurs)) dirty.add(owner);
      }
    }
  };
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  return () => observer.disconnect();
}
