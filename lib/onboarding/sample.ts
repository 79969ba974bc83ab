/**
 * The paragraph the onboarding page lets a new reader try the card on. Written by us; each
 * `[words](id)` is a term marked as Termlight would mark it, with the entry its card shows.
 */
export const SAMPLE_PARAGRAPH =
  'Maya moves her savings onto an [optimistic rollup](optimistic-rollup), where a swap costs cents instead of dollars. ' +
  'She keeps most of it in a [stablecoin](stablecoin) and checks the [price impact](price-impact) before any large trade. ' +
  'Her brother prefers a [perpetual future](perpetual-future) on the same token, and pays the [funding rate](funding-rate) ' +
  'every eight hours while most traders are on his side.';

/** A run of the sample: plain text, or the words of a marked term and its glossary id. */
export type SampleSegment = { kind: 'text'; text: string } | { kind: 'term'; text: string; id: string };

const MARKED = /\[([^\]]+)\]\(([a-z0-9-]+)\)/g;

/** Splits a sample written with `[words](id)` marks into the runs the page renders. */
export function sampleSegments(source: string): SampleSegment[] {
  const segments: SampleSegment[] = [];
  let at = 0;
  for (const match of source.matchAll(MARKED)) {
    if (match.index > at) segments.push({ kind: 'text', text: source.slice(at, match.index) });
    segments.push({ kind: 'term', text: match[1]!, id: match[2]! });
    at = match.index + match[0].length;
  }
  if (at < source.length) segments.push({ kind: 'text', text: source.slice(at) });
  return segments;
}
