// The scanner's walks from a word that may start a term (js-scanner.ts: walkWord,
// longestFrom, pick, sameCase): the longest match found is left in FS, FE, FEP, FT.

import { acceptExact, acceptStart, acceptTerm, chainCode, chainLength, codeAt, decode, dense, denseRow, edgeChild, edgeCode, edgeStart, exactCodes, exactStart, i32At, KEEP, KIND_SEP, KIND_WORD, kindOf, LOWER, SCANT, SEP, slotKey, slotMask, slotWord, U, u16At, W, wordCodes, wordCodeStart, wordEnds, wordNode } from './memory.as';

/** The last match found by a walk: UTF-16 start and end, byte end, term. */
export let FS: i32 = 0;
export let FE: i32 = 0;
export let FEP: usize = 0;
export let FT: i32 = 0;

/** UTF-16 length of the run skipSeparators last passed. */
let SEP_UNITS: i32 = 0;

/** Past a run of separators from p (a run reads as one between words): where it ends. */
function skipSeparators(p: usize, end: usize): usize {
  let units: i32 = 0;
  while (p < end) {
    const s = decode(p);
    if (kindOf(s) != KIND_SEP) break;
    p += W;
    units += U;
  }
  SEP_UNITS = units;
  return p;
}

/** Records the match a walk found (in FS, FE, FEP, FT). */
@inline function found(start: i32, end: i32, endP: usize, term: i32): bool {
  FS = start;
  FE = end;
  FEP = endP;
  FT = term;
  return true;
}

function sameCase(exact: i32, startP: usize, endP: usize): bool {
  const s0 = i32At(exactStart, exact);
  const n = i32At(exactStart, exact + 1) - s0;
  let k = 0;
  let q = startP;
  while (q < endP) {
    const c = codeAt(q);
    q += c < 0x80 ? 1 : W;
    const f = u16At(KEEP, <i32>c);
    if (f == SEP) continue;
    if (k >= n || u16At(exactCodes, s0 + k) != f) return false;
    k++;
  }
  return k == n;
}

function pick(node: i32, startP: usize, endP: usize): i32 {
  const last = i32At(acceptStart, node + 1);
  for (let a = i32At(acceptStart, node); a < last; a++) {
    const exact = i32At(acceptExact, a);
    if (exact < 0 || sameCase(exact, startP, endP)) return i32At(acceptTerm, a);
  }
  return -1;
}

function longestFrom(startP: usize, startU: i32, fromP: usize, fromU: i32, node: i32, end: usize): bool {
  let jP = fromP;
  let jU = fromU;
  let bestEnd: i32 = -1;
  let bestEndP: usize = 0;
  let bestTerm: i32 = -1;
  for (;;) {
    const chain = i32At(chainLength, node);
    if (chain > 0) {
      let k = node;
      const last = node + chain;
      for (; k < last && jP < end; k++) {
        const want = u16At(chainCode, k);
        const c = codeAt(jP);
        if (u16At(LOWER, <i32>c) != want) break;
        if (c < 0x80) {
          jP++;
          jU++;
        } else {
          jP += W;
          jU += U;
        }
        if (want == SEP) {
          jP = skipSeparators(jP, end);
          jU += SEP_UNITS;
        }
      }
      if (k < last) break;
      node = last;
    }
    if (i32At(acceptStart, node) < i32At(acceptStart, node + 1)) {
      let boundary = jP == end;
      if (!boundary) boundary = kindOf(codeAt(jP)) != KIND_WORD;
      if (boundary) {
        const term = pick(node, startP, jP);
        if (term >= 0) {
          bestEnd = jU;
          bestEndP = jP;
          bestTerm = term;
        }
      }
    }
    if (jP == end) break;
    const c = codeAt(jP);
    const w: usize = c < 0x80 ? 1 : W;
    const u: i32 = c < 0x80 ? 1 : U;
    const f = u16At(LOWER, <i32>c);
    let next: i32 = -1;
    const row = i32At(denseRow, node);
    if (row >= 0 && f < 128) next = i32At(dense, row * 128 + <i32>f);
    else {
      const last = i32At(edgeStart, node + 1);
      for (let e = i32At(edgeStart, node); e < last; e++) {
        const code = u16At(edgeCode, e);
        if (code >= f) {
          if (code == f) next = i32At(edgeChild, e);
          break;
        }
      }
    }
    if (next < 0) break;
    node = next;
    jP += w;
    jU += u;
    if (f == SEP) {
      jP = skipSeparators(jP, end);
      jU += SEP_UNITS;
    }
  }
  return bestEnd >= 0 && found(startU, bestEnd, bestEndP, bestTerm);
}

export function walkWord(startP: usize, startU: i32, endP: usize, endU: i32, hash: u32, end: usize): bool {
  const length = endU - startU;
  let slot = ((hash ^ (hash >>> 16)) * 0x45d9f3b) >>> 16;
  for (; ; slot = (slot + 1) & slotMask) {
    slot &= slotMask;
    const w = i32At(slotWord, <i32>slot);
    if (w < 0) return false;
    if (<u32>i32At(slotKey, <i32>slot) != hash) continue;
    const from = i32At(wordCodeStart, w);
    if (i32At(wordCodeStart, w + 1) - from != length) continue;
    let k = 0;
    let q = startP;
    while (k < length) {
      const c = codeAt(q);
      if (u16At(SCANT, <i32>c) != u16At(wordCodes, from + k)) break;
      q += c < 0x80 ? 1 : W;
      k++;
    }
    if (k < length) continue;
    const node = i32At(wordNode, w);
    if (load<u8>(wordEnds + <usize>w) == 1) {
      const term = pick(node, startP, endP);
      return term >= 0 && found(startU, endU, endP, term);
    }
    return longestFrom(startP, startU, endP, endU, node, end);
  }
}
