import { isSureTerm, readsAsCrypto, readsStronglyAsCrypto } from '../../lib/match/crypto-page';
import { locateEnd, locateStart, matchAt } from '../../lib/match/offsets';
import { readScanReply, type PageMatch } from '../../lib/match/remote';
import type { Slicer } from './slicer';
import { textBlocks, type TextBlock } from './text-blocks';
import { visibleRange } from './visible-blocks';

/**
 * Sends a batch of texts to the matcher; resolves to its raw reply (read and checked here,
 * on the clock), or to undefined if it could not answer.
 */
export type MatchTexts = (texts: string[]) => Promise<unknown>;

/** Text sent to the matcher in one message: big enough to amortise a message, small enough to stream. */
const BATCH_CHARS = 1 << 16;

/** `order`'s blocks in runs of about BATCH_CHARS characters of text. */
function batches(blocks: readonly TextBlock[], order: readonly number[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const i of order) {
    current.push(i);
    size += blocks[i]!.text.length;
    if (size >= BATCH_CHARS) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

export interface ScannedBlock {
  block: TextBlock;
  matches: PageMatch[];
  words: number;
  /** Distinct ids of its unambiguous terms of crypto's own areas: what makes a page read as crypto. */
  sure: readonly string[];
  /** Static ranges of the matches, each made when first painted and kept while the text lives. */
  ranges?: (StaticRange | undefined)[];
}

const NONE: readonly string[] = [];

/** A term found under the pointer or reported to the popup. */
export interface FoundTerm {
  scanned: ScannedBlock;
  match: PageMatch;
}

/** The page's text as scanned: blocks in document order, kept up to date as the page changes. */
export class PageScan {
  private blocks: ScannedBlock[] = [];
  /** The scanned block each text node with a term belongs to. */
  private owner = new WeakMap<Text, ScannedBlock>();
  /** Blocks still in `blocks`, for a constant-time check on hover. */
  private live = new WeakSet<ScannedBlock>();
  /** Open shadow roots that hold scanned text: hit testing must be told about them. */
  readonly shadowRoots = new Set<ShadowRoot>();
  /**
   * Main-thread time spent walking the page for text and handing it to the matcher,
   * pauses excluded; and the background's own matching time.
   */
  readonly cost = { walkMs: 0, matchMs: 0, sendMs: 0, backgroundMatchMs: 0, backgroundWasm: false };

  constructor(private readonly match: MatchTexts) {}

  all(): readonly ScannedBlock[] {
    return this.blocks;
  }

  /**
   * Scans everything under the roots, yielding to the page whenever the slice is used up.
   * The text goes to the background's matcher in batches, all sent at once so the
   * background works while this thread is free; answers are read in order. Blocks in the
   * window go first and are painted (through `onSlice`) before the rest, so a reader who
   * opens a page halfway down sees marks where they are first.
   */
  async add(roots: readonly Node[], slicer: Slicer, onSlice: () => void): Promise<void> {
    const blocks: TextBlock[] = [];
    let walkStarted = performance.now();
    for (const root of roots) {
      for (const block of textBlocks(root)) {
        // A null stands for a long stretch of nodes without text to read.
        if (block) blocks.push(block);
        if (slicer.shouldYield(block ? 2 + 2 * block.nodes.length : Infinity)) {
          this.cost.walkMs += performance.now() - walkStarted;
          await slicer.pause();
          walkStarted = performance.now();
        }
      }
    }
    this.cost.walkMs += performance.now() - walkStarted;
    const visible = visibleRange(blocks);
    const seen = new Set(visible);
    const rest: number[] = [];
    for (let i = 0; i < blocks.length; i++) if (!seen.has(i)) rest.push(i);
    const sent: { indexes: number[]; answer: Promise<unknown> }[] = [];
    for (const indexes of [...batches(blocks, visible), ...batches(blocks, rest)]) {
      const started = performance.now();
      sent.push({ indexes, answer: this.match(indexes.map((i) => blocks[i]!.text)) });
      const ms = performance.now() - started;
      this.cost.matchMs += ms;
      this.cost.sendMs += ms;
      if (slicer.shouldYield()) await slicer.pause();
    }
    // Scanned blocks by their index in document order; merged in that order, never sorted.
    const scanned: (ScannedBlock | undefined)[] = new Array<ScannedBlock | undefined>(blocks.length);
    const base = this.blocks;
    let visibleLeft = visible.length;
    for (const { indexes, answer } of sent) {
      const raw = await slicer.wait(answer);
      const started = performance.now();
      const reply = readScanReply(raw, indexes.map((i) => blocks[i]!.text.length));
      if (reply) {
        this.cost.backgroundMatchMs += reply.ms;
        this.cost.backgroundWasm = reply.wasm;
      }
      indexes.forEach((i, j) => {
        scanned[i] = this.record(blocks[i]!, reply?.matches[j] ?? [], reply?.words[j] ?? 0);
      });
      this.cost.matchMs += performance.now() - started;
      visibleLeft -= indexes.length;
      if (visible.length > 0 && visibleLeft === 0) {
        this.blocks = this.merged(base, visible.map((i) => scanned[i]!));
        onSlice();
      }
      if (slicer.shouldYield(8 * indexes.length)) await slicer.pause();
    }
    this.blocks = this.merged(base, scanned.filter((s): s is ScannedBlock => s !== undefined));
  }

  private record(block: TextBlock, matches: PageMatch[], words: number): ScannedBlock {
    let sure: readonly string[] = NONE;
    if (matches.length > 0) {
      const ids = new Set<string>();
      for (const m of matches) if (isSureTerm(m.term)) ids.add(m.term.id);
      sure = [...ids];
    }
    const s = { block, matches, words, sure };
    // Only text that holds a term can be hovered to a card: most blocks of a big page
    // hold none, and a map entry per text node of the page would cost more than the scan.
    if (matches.length > 0) for (const node of block.nodes) this.owner.set(node, s);
    return s;
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

  /**
   * `base` and `added`, both in document order, as one list in document order: a linear
   * merge (a few new blocks go in by binary search), never a sort of the whole page.
   */
  private merged(base: readonly ScannedBlock[], added: readonly ScannedBlock[]): ScannedBlock[] {
    for (const b of added) {
      // Blocks without a term are kept for the page's word count only.
      if (b.matches.length === 0) continue;
      this.live.add(b);
      if (b.block.shadowRoot) this.shadowRoots.add(b.block.shadowRoot);
    }
    const before = (a: ScannedBlock, b: ScannedBlock): boolean =>
      (a.block.nodes[0]!.compareDocumentPosition(b.block.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (added.length === 0) return [...base];
    if (base.length === 0 || before(base.at(-1)!, added[0]!)) return [...base, ...added];
    if (added.length < 32) {
      const out = [...base];
      for (const b of added) {
        let lo = 0;
        let hi = out.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (before(out[mid]!, b)) lo = mid + 1;
          else hi = mid;
        }
        out.splice(lo, 0, b);
      }
      return out;
    }
    const out: ScannedBlock[] = [];
    let i = 0;
    let j = 0;
    while (i < base.length && j < added.length) out.push(before(base[i]!, added[j]!) ? base[i++]! : added[j++]!);
    return out.concat(base.slice(i), added.slice(j));
  }

  /** Occurrences per term id, with the term's display name. */
  counts(include: (m: PageMatch) => boolean): Map<string, { term: string; count: number }> {
    const counts = new Map<string, { term: string; count: number }>();
    for (const { matches } of this.blocks) {
      for (const m of matches) {
        if (!include(m)) continue;
        const entry = counts.get(m.term.id);
        if (entry) entry.count++;
        else counts.set(m.term.id, { term: m.term.name, count: 1 });
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
    return readsAsCrypto(this.density());
  }

  /** Whether unambiguous terms are dense enough that weak spellings need no confirmation of their own. */
  readsStronglyAsCrypto(): boolean {
    return readsStronglyAsCrypto(this.density());
  }

  private density(): { distinctTerms: number; words: number } {
    const distinct = new Set<string>();
    let words = 0;
    for (const b of this.blocks) {
      words += b.words;
      for (const id of b.sure) distinct.add(id);
    }
    return { distinctTerms: distinct.size, words };
  }

  /** The term at a caret position, if that position is inside a match. */
  termAt(node: Node, offset: number): FoundTerm | undefined {
    const scanned = node.nodeType === Node.TEXT_NODE ? this.owner.get(node as Text) : undefined;
    if (!scanned || !this.live.has(scanned)) return undefined;
    // Found on hover only: cheaper than keeping every node's index while the page is scanned.
    const index = scanned.block.nodes.indexOf(node as Text);
    const match = matchAt(scanned.matches, scanned.block.starts[index]! + offset);
    return match ? { scanned, match } : undefined;
  }
}

/** Where a match begins and ends in the block's text nodes, possibly different ones. */
function boundsOf({ block }: ScannedBlock, match: PageMatch): StaticRangeInit {
  // Most blocks are one text node (a plain paragraph): their offsets are the node's.
  if (block.nodes.length === 1) {
    const node = block.nodes[0]!;
    return { startContainer: node, startOffset: match.start, endContainer: node, endOffset: match.end };
  }
  const start = locateStart(block.starts, match.start);
  const end = locateEnd(block.starts, match.end);
  return {
    startContainer: block.nodes[start.node]!,
    startOffset: start.offset,
    endContainer: block.nodes[end.node]!,
    endOffset: end.offset,
  };
}

/** A live DOM Range over exactly the matched characters, possibly across text nodes. */
export function rangeOf(scanned: ScannedBlock, match: PageMatch): Range {
  const bounds = boundsOf(scanned, match);
  const range = bounds.startContainer.ownerDocument!.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}

/**
 * The range a block's i-th match is painted with, made once and reused by every repaint.
 * Static, not live: the browser keeps every live Range up to date on each change to the
 * page, so thousands of them would slow the page's own DOM work. When the text changes,
 * the mutation observer rescans it and the stale range is replaced; until then a range that
 * no longer fits its node is simply not painted.
 */
export function cachedRange(scanned: ScannedBlock, i: number): StaticRange {
  scanned.ranges ??= [];
  return (scanned.ranges[i] ??= new StaticRange(boundsOf(scanned, scanned.matches[i]!)));
}
