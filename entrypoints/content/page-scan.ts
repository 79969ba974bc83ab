import { countWords, readsAsCrypto } from '../../lib/match/crypto-page';
import { matchAt } from '../../lib/match/matcher';
import { locateEnd, locateStart } from '../../lib/match/offsets';
import type { SetMatch, TermSet } from '../../lib/match/term-set';
import type { Slicer } from './slicer';
import { textBlocks, type TextBlock } from './text-blocks';

export interface ScannedBlock {
  block: TextBlock;
  matches: SetMatch[];
  words: number;
  /** Live ranges of the matches, each made when first painted and kept while the text lives. */
  ranges?: (Range | undefined)[];
}

/** A term found under the pointer or reported to the popup. */
export interface FoundTerm {
  scanned: ScannedBlock;
  match: SetMatch;
}

/** The page's text as scanned: blocks in document order, kept up to date as the page changes. */
export class PageScan {
  private blocks: ScannedBlock[] = [];
  private owner = new WeakMap<Text, { scanned: ScannedBlock; index: number }>();
  /** Blocks still in `blocks`, for a constant-time check on hover. */
  private live = new WeakSet<ScannedBlock>();

  constructor(private terms: TermSet) {}

  all(): readonly ScannedBlock[] {
    return this.blocks;
  }

  /**
   * Scans everything under the roots, yielding to the page whenever the slice is used up.
   * Blocks in the window are scanned (and painted, through `onSlice`) before the rest, so
   * a reader who opens a page halfway down sees marks where they are first.
   */
  async add(roots: readonly Node[], slicer: Slicer, onSlice: () => void): Promise<void> {
    const blocks: TextBlock[] = [];
    for (const root of roots) {
      for (const block of textBlocks(root)) {
        blocks.push(block);
        if (slicer.shouldYield()) await slicer.pause();
      }
    }
    const visible = blocks.filter(inViewport);
    const rest = visible.length === 0 ? blocks : blocks.filter((b) => !visible.includes(b));
    await this.scanBlocks(visible, slicer, onSlice);
    if (visible.length > 0) onSlice();
    await this.scanBlocks(rest, slicer, onSlice);
  }

  private async scanBlocks(blocks: readonly TextBlock[], slicer: Slicer, onSlice: () => void): Promise<void> {
    const added: ScannedBlock[] = [];
    for (const block of blocks) {
      const scanned = { block, matches: this.terms.scan(block.text), words: countWords(block.text) };
      added.push(scanned);
      block.nodes.forEach((node, index) => this.owner.set(node, { scanned, index }));
      if (slicer.shouldYield()) {
        this.merge(added.splice(0));
        onSlice();
        await slicer.pause();
      }
    }
    this.merge(added);
  }

  /** Forgets blocks whose text left the page or sits under one of `roots` (to be rescanned). */
  drop(roots: readonly Node[]): void {
    this.blocks = this.blocks.filter((b) => {
      const first = b.block.nodes[0];
      const keep = first !== undefined && b.block.nodes.every((n) => n.isConnected) && !roots.some((r) => r.contains(first));
      if (!keep) this.live.delete(b);
      return keep;
    });
  }

  /** Every match again, after the reader's glossary changed. */
  async rescanAll(terms: TermSet, roots: readonly Node[], slicer: Slicer, onSlice: () => void): Promise<void> {
    this.terms = terms;
    this.blocks = [];
    this.owner = new WeakMap();
    this.live = new WeakSet();
    await this.add(roots, slicer, onSlice);
  }

  private merge(added: ScannedBlock[]): void {
    if (added.length === 0) return;
    for (const b of added) this.live.add(b);
    const last = this.blocks.at(-1)?.block.nodes[0];
    const first = added[0]!.block.nodes[0]!;
    this.blocks.push(...added);
    // Appending in document order is the common case; anything else is sorted back in.
    if (last && last !== first && (last.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_PRECEDING) !== 0) {
      this.blocks.sort((a, b) => (a.block.nodes[0]!.compareDocumentPosition(b.block.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    }
  }

  /** Occurrences per term id, with the term's display name. */
  counts(include: (m: SetMatch) => boolean): Map<string, { term: string; count: number }> {
    const counts = new Map<string, { term: string; count: number }>();
    for (const { matches } of this.blocks) {
      for (const m of matches) {
        if (!include(m)) continue;
        const id = this.terms.idOf(m);
        const entry = counts.get(id);
        if (entry) entry.count++;
        else counts.set(id, { term: this.terms.nameOf(m), count: 1 });
      }
    }
    return counts;
  }

  /**
   * Whether the page reads as crypto, by its distinct unambiguous terms per word. Terms of
   * traditional finance too ("futures", "in the money") do not count: a textbook page on
   * derivatives is not a crypto page.
   */
  readsAsCrypto(): boolean {
    const distinct = new Set<string>();
    let words = 0;
    for (const b of this.blocks) {
      words += b.words;
      for (const m of b.matches) if (!this.terms.isAmbiguous(m) && !this.terms.isGeneral(m)) distinct.add(this.terms.idOf(m));
    }
    return readsAsCrypto({ distinctTerms: distinct.size, words });
  }

  /** The term at a caret position, if that position is inside a match. */
  termAt(node: Node, offset: number): FoundTerm | undefined {
    const where = node.nodeType === Node.TEXT_NODE ? this.owner.get(node as Text) : undefined;
    if (!where || !this.live.has(where.scanned)) return undefined;
    const match = matchAt(where.scanned.matches, where.scanned.block.starts[where.index]! + offset);
    return match ? { scanned: where.scanned, match } : undefined;
  }
}

/** Whether a block's element is at least partly in the window (layout is read, not changed). */
function inViewport(block: TextBlock): boolean {
  const owner = block.owner;
  if (!(owner instanceof Element)) return false;
  const r = owner.getBoundingClientRect();
  const view = owner.ownerDocument.defaultView;
  return view !== null && r.bottom > 0 && r.top < view.innerHeight && r.width > 0;
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

/** The range of a block's i-th match, made once and reused by every repaint. */
export function cachedRange(scanned: ScannedBlock, i: number): Range {
  scanned.ranges ??= [];
  return (scanned.ranges[i] ??= rangeOf(scanned, scanned.matches[i]!));
}
