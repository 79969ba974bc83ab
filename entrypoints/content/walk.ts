import { rangeOf, type FoundTerm } from './page-scan';

export interface TermWalk {
  /** Opens the next (1) or previous (-1) marked term's card; false when the page has none. */
  step(direction: 1 | -1): boolean;
}

/**
 * Walks the marked terms from the keyboard, for readers who cannot point: highlights are
 * paint only, so nothing else lets a screen reader reach them. The first step starts from
 * the window (the first term in view, or the last one going back); later steps go on
 * from the term last opened, wrapping at either end.
 */
export function createTermWalk(marked: () => readonly FoundTerm[], open: (found: FoundTerm, anchor: Range) => void): TermWalk {
  let current: FoundTerm | undefined;
  const inView = (found: FoundTerm): boolean => {
    const box = rangeOf(found.scanned, found.match).getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  };
  return {
    step(direction) {
      const list = marked();
      if (list.length === 0) return false;
      const at = current ? list.findIndex((f) => f.scanned === current!.scanned && f.match.start === current!.match.start) : -1;
      let next: number;
      if (at >= 0) next = (at + direction + list.length) % list.length;
      else if (direction === 1) next = Math.max(0, list.findIndex(inView));
      else {
        const lastInView = list.findLastIndex(inView);
        next = lastInView >= 0 ? lastInView : list.length - 1;
      }
      current = list[next]!;
      const anchor = rangeOf(current.scanned, current.match);
      anchor.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
      open(current, anchor);
      return true;
    },
  };
}
