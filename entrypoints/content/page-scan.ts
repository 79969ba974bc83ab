import { confirmAmbiguous } from '../../lib/match/ambiguity';
import { countWords, readsAsCrypto } from '../../lib/match/crypto-page';
import { matchAt, type Matcher, type TermMatch } from '../../lib/match/matcher';
import { locateEnd, locateStart } from '../../lib/match/offsets';
import { collectTextBlocks, type TextBlock } from './text-blocks';

export interface ScannedBlock {
  block: TextBlock;
  matches: TermMatch[];
}

/** A term found under the pointer or reported to the popup. */
export interface FoundTerm {
  scanned: ScannedBlock;
  match: TermMatch;
}

export interface PageScan {
  blocks: ScannedBlock[];
  /** Occurrences per term index. */
  counts: Map<number, number>;
  crypto: boolean;
  /** The term at a caret position, if that position is inside a match. */
  termAt(node: Node, offset: number): FoundTerm | undefined;
}

export function scanPage(root: Node, matcher: Matcher): PageScan {
  const blocks: ScannedBlock[] = [];
  const owner = new WeakMap<Text, { scanned: ScannedBlock; index: number }>();
  const counts = new Map<number, number>();
  let words = 0;
  for (const block of collectTextBlocks(root)) {
    words += countWords(block.text);
    const matches = confirmAmbiguous(block.text, matcher.scan(block.text), matcher);
    const scanned = { block, matches };
    blocks.push(scanned);
    block.nodes.forEach((node, index) => owner.set(node, { scanned, index }));
    for (const m of matches) counts.set(m.term, (counts.get(m.term) ?? 0) + 1);
  }
  const distinctTerms = [...counts.keys()].filter((t) => !matcher.isAmbiguous(t)).length;
  return {
    blocks,
    counts,
    crypto: readsAsCrypto({ distinctTerms, words }),
    termAt(node, offset) {
      const where = node.nodeType === Node.TEXT_NODE ? owner.get(node as Text) : undefined;
      if (!where) return undefined;
      const match = matchAt(where.scanned.matches, where.scanned.block.starts[where.index]! + offset);
      return match ? { scanned: where.scanned, match } : undefined;
    },
  };
}

/** A live DOM Range over exactly the matched characters, possibly across text nodes. */
export function rangeOf({ block }: ScannedBlock, match: TermMatch): Range {
  const start = locateStart(block.starts, match.start);
  const end = locateEnd(block.starts, match.end);
  const first = block.nodes[start.node]!;
  const range = first.ownerDocument.createRange();
  range.setStart(first, start.offset);
  range.setEnd(block.nodes[end.node]!, end.offset);
  return range;
}
