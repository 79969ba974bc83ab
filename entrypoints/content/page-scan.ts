import { countWords, readsAsCrypto } from '../../lib/match/crypto-page';
import { matchAt } from '../../lib/match/matcher';
import { locateEnd, locateStart } from '../../lib/match/offsets';
import type { SetMatch, TermSet } from '../../lib/match/term-set';
import { collectTextBlocks, type TextBlock } from './text-blocks';

export interface ScannedBlock {
  block: TextBlock;
  matches: SetMatch[];
}

/** A term found under the pointer or reported to the popup. */
export interface FoundTerm {
  scanned: ScannedBlock;
  match: SetMatch;
}

export interface PageScan {
  blocks: ScannedBlock[];
  /** Occurrences per term id, with the term's display name. */
  counts: Map<string, { term: string; count: number }>;
  crypto: boolean;
  /** The term at a caret position, if that position is inside a match. */
  termAt(node: Node, offset: number): FoundTerm | undefined;
}

export function scanPage(root: Node, terms: TermSet): PageScan {
  const blocks: ScannedBlock[] = [];
  const owner = new WeakMap<Text, { scanned: ScannedBlock; index: number }>();
  const counts = new Map<string, { term: string; count: number }>();
  const unambiguous = new Set<string>();
  let words = 0;
  for (const block of collectTextBlocks(root)) {
    words += countWords(block.text);
    const scanned = { block, matches: terms.scan(block.text) };
    blocks.push(scanned);
    block.nodes.forEach((node, index) => owner.set(node, { scanned, index }));
    for (const m of scanned.matches) {
      const id = terms.idOf(m);
      const entry = counts.get(id);
      if (entry) entry.count++;
      else counts.set(id, { term: terms.nameOf(m), count: 1 });
      if (!terms.isAmbiguous(m)) unambiguous.add(id);
    }
  }
  return {
    blocks,
    counts,
    crypto: readsAsCrypto({ distinctTerms: unambiguous.size, words }),
    termAt(node, offset) {
      const where = node.nodeType === Node.TEXT_NODE ? owner.get(node as Text) : undefined;
      if (!where) return undefined;
      const match = matchAt(where.scanned.matches, where.scanned.block.starts[where.index]! + offset);
      return match ? { scanned: where.scanned, match } : undefined;
    },
  };
}

/** A live DOM Range over exactly the matched characters, possibly across text nodes. */
export function rangeOf({ block }: ScannedBlock, match: SetMatch): Range {
  const start = locateStart(block.starts, match.start);
  const end = locateEnd(block.starts, match.end);
  const first = block.nodes[start.node]!;
  const range = first.ownerDocument.createRange();
  range.setStart(first, start.offset);
  range.setEnd(block.nodes[end.node]!, end.offset);
  return range;
}
