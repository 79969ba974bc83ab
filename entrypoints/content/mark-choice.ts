import { markChooser } from '../../lib/marks/select';
import type { PageMatch } from '../../lib/match/remote';
import type { Settings } from '../../lib/settings/schema';
import { siteOf } from '../../lib/sites/domains';
import { cachedRange, type FoundTerm, type PageScan } from './page-scan';
import { postOf } from './posts';

/** The marks to paint: their ranges, and the terms they mark in document order. */
export interface MarkChoice {
  ranges: StaticRange[];
  chosen: FoundTerm[];
}

/**
 * The occurrences in this document's blocks of `scan` that the settings mark: those that
 * count on this page, of areas the reader lights, not known to the reader nor said to mean
 * something else on this site, and by the occurrence rule, whose sections a heading or a
 * post of a thread opens. Fills `out` block by block, yielding the work each block took.
 */
function* markSteps(scan: PageScan, settings: Settings, counts: (match: PageMatch) => boolean, out: MarkChoice): Generator<number> {
  const hidden = [...settings.knownTerms, ...(settings.notThisMeaning[siteOf(location.hostname)] ?? [])];
  const choose = markChooser({ ...settings, knownTerms: hidden });
  let section = 0;
  let heading: Node | null = null;
  let post: Element | null = null;
  const bySection = settings.occurrences === 'first-per-section';
  for (const scanned of scan.all()) {
    const { block, matches } = scanned;
    // Marks belong to this document; a same-origin frame paints its own.
    if (block.document !== document) continue;
    // A heading opens a new section, whether or not it holds a term; so does each post of
    // a thread or feed, which on pages without headings is its own text.
    if (block.heading && block.owner !== heading) {
      section++;
      heading = block.owner;
    }
    if (bySection) {
      const own = postOf(scanned);
      if (own !== post) {
        if (own !== null) section++;
        post = own;
      }
    }
    for (let i = 0; i < matches.length; i++) {
      const match = matches[i]!;
      if (counts(match) && choose(match.term.id, match.term.areas, section)) {
        out.ranges.push(cachedRange(scanned, i));
        out.chosen.push({ scanned, match });
      }
    }
    yield 4 + 4 * matches.length;
  }
}

/** The marks to paint, chosen at once. */
export function chooseMarks(scan: PageScan, settings: Settings, counts: (match: PageMatch) => boolean): MarkChoice {
  const out: MarkChoice = { ranges: [], chosen: [] };
  for (const _work of markSteps(scan, settings, counts, out));
  return out;
}

/**
 * The marks to paint, chosen in slices: `pause(work)`, after each block, may yield to the
 * page and answers true when the choice was overtaken, which then stops with undefined.
 */
export async function chooseMarksSliced(
  scan: PageScan,
  settings: Settings,
  counts: (match: PageMatch) => boolean,
  pause: (work: number) => Promise<boolean>,
): Promise<MarkChoice | undefined> {
  const out: MarkChoice = { ranges: [], chosen: [] };
  for (const work of markSteps(scan, settings, counts, out)) if (await pause(work)) return undefined;
  return out;
}
