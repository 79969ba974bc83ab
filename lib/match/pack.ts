import type { MatcherIndex } from './compile';

/**
 * The matcher index as shipped: the three offset arrays of the trie, which climb to tens
 * of thousands, become small numbers (edges and accepts per node, and each child's distance
 * from its parent, mostly 1 as nodes are numbered depth first). The bundle shrinks by a
 * third and the content script parses it faster; unpacking is one pass of sums.
 */
export interface PackedMatcherIndex extends Omit<MatcherIndex, 'version' | 'edgeStart' | 'edgeChild' | 'acceptStart'> {
  version: 2;
  edgeCount: number[];
  edgeChildStep: number[];
  acceptCount: number[];
}

export function packIndex(index: MatcherIndex): PackedMatcherIndex {
  const { version: _version, edgeStart, edgeChild, acceptStart, ...rest } = index;
  const nodes = edgeStart.length - 1;
  const edgeCount: number[] = [];
  const acceptCount: number[] = [];
  const edgeChildStep: number[] = [];
  for (let k = 0; k < nodes; k++) {
    edgeCount.push(edgeStart[k + 1]! - edgeStart[k]!);
    acceptCount.push(acceptStart[k + 1]! - acceptStart[k]!);
    for (let e = edgeStart[k]!; e < edgeStart[k + 1]!; e++) edgeChildStep.push(edgeChild[e]! - k);
  }
  return { ...rest, version: 2, edgeCount, edgeChildStep, acceptCount };
}

export function unpackIndex(index: MatcherIndex | PackedMatcherIndex): MatcherIndex {
  if (index.version === 1) return index;
  const { version: _version, edgeCount, edgeChildStep, acceptCount, ...rest } = index;
  const nodes = edgeCount.length;
  const edgeStart = new Array<number>(nodes + 1);
  const acceptStart = new Array<number>(nodes + 1);
  const edgeChild = new Array<number>(edgeChildStep.length);
  let e = 0;
  let a = 0;
  for (let k = 0; k < nodes; k++) {
    edgeStart[k] = e;
    acceptStart[k] = a;
    for (const end = e + edgeCount[k]!; e < end; e++) edgeChild[e] = edgeChildStep[e]! + k;
    a += acceptCount[k]!;
  }
  edgeStart[nodes] = e;
  acceptStart[nodes] = a;
  return { ...rest, version: 1, edgeStart, edgeChild, acceptStart };
}
