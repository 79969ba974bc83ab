import { rangeOf, type PageScan } from './page-scan';

const FLASH_NAME = 'termlight-flash';
const FLASH_MS = 1600;

/**
 * Scrolls to the first occurrence of a term and flashes it with a highlight of its own:
 * scrolling is the only thing it does to the page.
 */
export function revealTerm(scan: PageScan, id: string, setTimer: (fn: () => void, ms: number) => void): boolean {
  for (const scanned of scan.all()) {
    const match = scanned.matches.find((m) => m.term.id === id);
    if (!match) continue;
    const range = rangeOf(scanned, match);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (typeof Highlight === 'function') {
      const flash = new Highlight(range);
      flash.priority = 2;
      CSS.highlights.set(FLASH_NAME, flash);
      setTimer(() => {
        if (CSS.highlights.get(FLASH_NAME) === flash) CSS.highlights.delete(FLASH_NAME);
      }, FLASH_MS);
    }
    return true;
  }
  return false;
}
