import { describe, expect, it } from 'vitest';
import { locateEnd, locateStart } from './offsets';

// Nodes "optimistic " (0), "rollup" (11), " posts" (17).
const starts = [0, 11, 17];

describe('offset mapping', () => {
  it('puts a start on a node boundary into the following node', () => {
    expect(locateStart(starts, 11)).toEqual({ node: 1, offset: 0 });
  });

  it('puts an end on a node boundary at the end of the preceding node', () => {
    expect(locateEnd(starts, 17)).toEqual({ node: 1, offset: 6 });
  });

  it('maps offsets inside nodes', () => {
    expect(locateStart(starts, 3)).toEqual({ node: 0, offset: 3 });
    expect(locateEnd(starts, 20)).toEqual({ node: 2, offset: 3 });
  });
});
