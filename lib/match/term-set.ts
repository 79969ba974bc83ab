import { judgeSense } from './ambiguity';
import type { Matcher } from './matcher';
import type { TermMatch, WordCount } from './types';

/**
 * A match from one of several matchers; `source` indexes the TermSet's matchers. It is
 * left out for the first (bundled) matcher: a big page has tens of thousands of matches,
 * and copying each one only to say "0" showed in profiles.
 */
export interface SetMatch extends TermMatch {
  source?: number;
  /** A weak spelling its block does not confirm (lib/match/ambiguity.ts: judgeSense). */
  unconfirmed?: true;
}

/**
 * The bundled glossary and the reader's own, scanned as one. Where their matches overlap,
 * the later source (the reader's) wins, as it does on an id clash.
 */
export class TermSet {
  constructor(readonly sources: readonly Matcher[]) {}

  idOf(m: SetMatch): string {
    return this.sources[m.source ?? 0]!.ids[m.term]!;
  }

  nameOf(m: SetMatch): string {
    return this.sources[m.source ?? 0]!.terms[m.term]!;
  }

  areasOf(m: SetMatch): readonly string[] {
    return this.sources[m.source ?? 0]!.areasOf(m.term);
  }

  isAmbiguous(m: SetMatch): boolean {
    return this.sources[m.source ?? 0]!.isAmbiguous(m.term);
  }

  isGeneral(m: SetMatch): boolean {
    return this.sources[m.source ?? 0]!.isGeneral(m.term);
  }

  /**
   * The first term in text the reader picked out (a selection): no context is needed to
   * confirm an ambiguous word the reader asked about. The reader's own terms come first.
   */
  lookup(text: string): SetMatch | undefined {
    for (let source = this.sources.length - 1; source >= 0; source--) {
      const [first] = this.sources[source]!.scan(text);
      if (first) return source === 0 ? first : { ...first, source };
    }
    return undefined;
  }

  /**
   * Matches in `text`, sorted and never overlapping, weak spellings judged (vetoed ones
   * gone, unconfirmed ones flagged); counts its words into `words`.
   */
  scan(text: string, words?: WordCount): SetMatch[] {
    let merged: SetMatch[] = [];
    this.sources.forEach((matcher, source) => {
      const found: SetMatch[] = judgeSense(text, matcher.scan(text, source === 0 ? words : undefined), matcher);
      // The matches are fresh objects of this scan: stamping them is safe.
      if (source > 0) for (const m of found) m.source = source;
      merged = source === 0 ? found : preferLater(merged, found);
    });
    return merged;
  }
}

/** Matches of `later` plus those of `earlier` that overlap none of them, in order. */
function preferLater(earlier: readonly SetMatch[], later: readonly SetMatch[]): SetMatch[] {
  if (later.length === 0) return [...earlier];
  const out: SetMatch[] = [];
  let k = 0;
  for (const m of earlier) {
    while (k < later.length && later[k]!.end <= m.start) out.push(later[k++]!);
    const next = later[k];
    if (next === undefined || next.start >= m.end) out.push(m);
  }
  while (k < later.length) out.push(later[k++]!);
  return out;
}
