import { z } from 'zod';

/**
 * Labels of a page in a sense set (tests/fixtures/sense/): the terms an expert must see lit,
 * and ordinary uses of crypto words that must stay unlit. Written by a reader who never saw
 * the extension's output; `split` keeps pages we tune on apart from those we judge on.
 */
export const pageLabelsSchema = z
  .object({
    split: z.enum(['tune', 'holdout']),
    expert: z.array(z.string().min(1)),
    ordinary: z.array(z.object({ snippet: z.string().min(1), word: z.string().min(1) }).strict()),
  })
  .strict();

export type PageLabels = z.infer<typeof pageLabelsSchema>;

/** The page's text as one string (blocks separated by a line break) and its marks as [start, end) offsets in it. */
export interface MarkedText {
  text: string;
  marks: [number, number][];
}

export interface LabelScore {
  expertLit: string[];
  expertMissed: string[];
  ordinaryLit: string[];
  ordinaryUnlit: number;
  /** Snippets not found in the page text: a label to fix, counted as neither. */
  ordinaryNotFound: string[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a pattern: any run of white space between its words. */
const phrase = (s: string): string => s.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

function overlaps(marks: readonly [number, number][], start: number, end: number): boolean {
  return marks.some(([s, e]) => s < end && e > start);
}

/** Scores one page's marks against its labels. */
export function scoreLabels(page: MarkedText, labels: PageLabels): LabelScore {
  const score: LabelScore = { expertLit: [], expertMissed: [], ordinaryLit: [], ordinaryUnlit: 0, ordinaryNotFound: [] };
  for (const label of labels.expert) {
    // Whole words, any case: "L2" is not lit by a mark inside "L2s"' neighbour, but "Rollups" counts for "rollup".
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${phrase(label)}`, 'giu');
    let lit = false;
    for (const m of page.text.matchAll(pattern)) {
      if (overlaps(page.marks, m.index, m.index + m[0].length)) {
        lit = true;
        break;
      }
    }
    (lit ? score.expertLit : score.expertMissed).push(label);
  }
  for (const { snippet, word } of labels.ordinary) {
    const found = new RegExp(phrase(snippet), 'u').exec(page.text);
    const inner = found ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').exec(found[0]) : null;
    if (!found || !inner) {
      score.ordinaryNotFound.push(snippet);
      continue;
    }
    const start = found.index + inner.index;
    if (overlaps(page.marks, start, start + word.length)) score.ordinaryLit.push(`${word} in "${snippet}"`);
    else score.ordinaryUnlit++;
  }
  return score;
}
