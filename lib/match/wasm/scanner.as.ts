// The matcher's scanner (lib/match/js-scanner.ts: scan, walkWord, longestFrom, pick, sameCase)
// in AssemblyScript, over UTF-8 text from TextEncoder.encodeInto, reporting UTF-16 offsets.
// Built by scripts/wasm-scanner.mjs into scanner-binary.ts; keep it in step with the JS.
//
// Memory: the host writes a header of byte offsets (u32 each, in the order init() reads)
// at address 0, the tables at those offsets (from 2048), and the text at TEXT, with at
// least 17 bytes after it that scan() may read past the end; init() fills POW at 1024;
// scan() writes matches as (start, end, term) i32 triples at OUT.
//
// Built with SIMD: an engine without it refuses the module and the JS scanner runs.

const SEP: u32 = 0x20;
const START_WORD: u32 = 1;
const PAIR_SECOND: u32 = 2;
const FLAG_WORD_MASK: u32 = 4095;
const HASH_MASK: u32 = 2047;
const KIND_WORD: u32 = 1;
const KIND_SEP: u32 = 2;

let KIND: usize = 0;
let LOWER: usize = 0;
let KEEP: usize = 0;
let SCANT: usize = 0;
let edgeStart: usize = 0;
let edgeCode: usize = 0;
let edgeChild: usize = 0;
let acceptStart: usize = 0;
let acceptTerm: usize = 0;
let acceptExact: usize = 0;
let wordFlags: usize = 0;
let startPairs: usize = 0;
let chainLength: usize = 0;
let chainCode: usize = 0;
let denseRow: usize = 0;
let dense: usize = 0;
let slotKey: usize = 0;
let slotWord: usize = 0;
let slotMask: u32 = 0;
let wordNode: usize = 0;
let wordEnds: usize = 0;
let wordCodeStart: usize = 0;
let wordCodes: usize = 0;
let exactStart: usize = 0;
let exactCodes: usize = 0;
let TEXT: usize = 0;
let OUT: usize = 0;
/**
 * Powers of 31 per word length n (0..15), 16 i32 lanes each: 31^(n-1-i) for lane i < n, 0
 * past the word. Summing lane i's character times its power gives the word's running hash
 * (fold.ts stepHash) without a multiply chained to the one before.
 */
const POW: usize = 1024;

/** Width in bytes and in UTF-16 units of the character last decoded. */
let W: usize = 1;
let U: i32 = 1;
/** The last match found by a walk: UTF-16 start and end, byte end, term. */
let FS: i32 = 0;
let FE: i32 = 0;
let FEP: usize = 0;
let FT: i32 = 0;
let WORDS: i32 = 0;

@inline function h(k: i32): u32 {
  return load<u32>(<usize>(k << 2));
}

export function init(): void {
  KIND = h(0);
  LOWER = h(1);
  KEEP = h(2);
  SCANT = h(3);
  edgeStart = h(4);
  edgeCode = h(5);
  edgeChild = h(6);
  acceptStart = h(7);
  acceptTerm = h(8);
  acceptExact = h(9);
  wordFlags = h(10);
  startPairs = h(11);
  chainLength = h(12);
  chainCode = h(13);
  denseRow = h(14);
  dense = h(15);
  slotKey = h(16);
  slotWord = h(17);
  slotMask = h(18);
  wordNode = h(19);
  wordEnds = h(20);
  wordCodeStart = h(21);
  wordCodes = h(22);
  exactStart = h(23);
  exactCodes = h(24);
  TEXT = h(25);
  OUT = h(26);
  for (let n = 0; n < 16; n++) {
    let q: u32 = 1;
    for (let i = 15; i >= 0; i--) {
      let v: u32 = 0;
      if (i < n) { v = q; q *= 31; }
      store<u32>(POW + (<usize>n << 6) + (<usize>i << 2), v);
    }
  }
}

export function words(): i32 {
  return WORDS;
}

/** The UTF-16 code unit at byte p (a supplementary character reads as one surrogate, 2 units wide). */
@inline function decode(p: usize): u32 {
  const b0 = <u32>load<u8>(p);
  if (b0 < 0x80) {
    W = 1;
    U = 1;
    return b0;
  }
  if (b0 < 0xe0) {
    W = 2;
    U = 1;
    return ((b0 & 0x1f) << 6) | (<u32>load<u8>(p + 1) & 0x3f);
  }
  if (b0 < 0xf0) {
    W = 3;
    U = 1;
    return ((b0 & 0x0f) << 12) | ((<u32>load<u8>(p + 1) & 0x3f) << 6) | (<u32>load<u8>(p + 2) & 0x3f);
  }
  W = 4;
  U = 2;
  return 0xd800;
}

/** decode() with ASCII inline: W and U are written only outside ASCII, so read them only then. */
@inline function codeAt(p: usize): u32 {
  const b0 = <u32>load<u8>(p);
  return b0 < 0x80 ? b0 : decode(p);
}

@inline function i32At(base: usize, k: i32): i32 {
  return load<i32>(base + (<usize>k << 2));
}
@inline function u16At(base: usize, k: i32): u32 {
  return <u32>load<u16>(base + (<usize>k << 1));
}
@inline function kindOf(c: u32): u32 {
  return <u32>load<u8>(KIND + <usize>c);
}

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

function walkWord(startP: usize, startU: i32, endP: usize, endU: i32, hash: u32, end: usize): bool {
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

/** Scans `len` bytes of text at TEXT; returns the number of matches written at OUT. */
export function scan(len: i32): i32 {
  // Globals in locals: the engine reloads a mutable global at every use.
  const scanT = SCANT;
  const flagsT = wordFlags;
  const pairsT = startPairs;
  const end = TEXT + <usize>len;
  // A NUL after the text ends the last word as any non-word character would: the word
  // loop needs no test for the end of the text.
  store<u8>(end, 0);
  let out = OUT;
  let count = 0;
  let wordCount = 0;
  let p = TEXT;
  // Bytes minus UTF-16 units of every character decoded so far: the UTF-16 offset of the
  // character at p is p - TEXT - skew + extra (extra: its own bytes minus units, counted in
  // skew once it is decoded). Only characters outside ASCII change it, so ASCII text costs
  // no second counter and no test per character.
  let skew: i32 = 0;
  let prevStartP: usize = 0;
  let prevStartU: i32 = -1;
  let prevEndP: usize = 0;
  let prevEndU: i32 = 0;
  let prevHash: u32 = 0;
  let matchEnd: i32 = 0;
  while (p < end) {
    // ASCII without the decoder: most text is ASCII, and the decoder's widths are globals.
    let c = <u32>load<u8>(p);
    let w: usize = 1;
    let extra: i32 = 0;
    if (c >= 0x80) {
      c = decode(p);
      w = W;
      extra = <i32>W - U;
      skew += extra;
    }
    let f = u16At(scanT, <i32>c);
    if (f <= SEP) {
      if (f != SEP) prevStartU = -1;
      p += w;
      continue;
    }
    const startP = p;
    const startU = <i32>(p - TEXT) - skew + extra;
    let hash: u32 = 0;
    let fast = false;
    if (c < 0x80) {
      // An ASCII word of up to 15 letters and digits followed by ASCII, 16 bytes at a time:
      // its length from a mask and its hash from one multiply per lane. The loop below, a
      // character at a time, takes the rest, and mispredicts the end of every word it reads.
      const v = v128.load(p);
      const t = v128.or(v, i8x16.splat(0x20));
      const letter = v128.and(i8x16.ge_u(t, i8x16.splat(0x61)), i8x16.le_u(t, i8x16.splat(0x7a)));
      const digit = v128.and(i8x16.ge_u(v, i8x16.splat(0x30)), i8x16.le_u(v, i8x16.splat(0x39)));
      const n = <usize>ctz<u32>(~i8x16.bitmask(v128.or(letter, digit)));
      const next = <u32>load<u8>(p + n);
      if (n < 16 && next < 0x80) {
        const folded = v128.or(v, v128.and(letter, i8x16.splat(0x20)));
        const lo = i16x8.extend_low_i8x16_u(folded);
        const hi = i16x8.extend_high_i8x16_u(folded);
        const pw = POW + (n << 6);
        let s = i32x4.mul(i32x4.extend_low_i16x8_u(lo), v128.load(pw));
        s = i32x4.add(s, i32x4.mul(i32x4.extend_high_i16x8_u(lo), v128.load(pw, 16)));
        s = i32x4.add(s, i32x4.mul(i32x4.extend_low_i16x8_u(hi), v128.load(pw, 32)));
        s = i32x4.add(s, i32x4.mul(i32x4.extend_high_i16x8_u(hi), v128.load(pw, 48)));
        s = i32x4.add(s, i8x16.shuffle(s, s, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7));
        s = i32x4.add(s, i8x16.shuffle(s, s, 4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11));
        hash = <u32>i32x4.extract_lane(s, 0);
        p += n;
        c = next;
        w = 1;
        extra = 0;
        f = u16At(scanT, <i32>c);
        fast = true;
      }
    }
    if (!fast) for (;;) {
      hash = hash * 31 + f;
      p += w;
      c = <u32>load<u8>(p);
      w = 1;
      extra = 0;
      if (c >= 0x80) {
        c = decode(p);
        w = W;
        extra = <i32>W - U;
        skew += extra;
      }
      f = u16At(scanT, <i32>c);
      if (f <= SEP) break;
    }
    // The word is [startU, u); f classifies the character at p, a non-word one or the end.
    const u = <i32>(p - TEXT) - skew + extra;
    wordCount++;
    if (startU < matchEnd) {
      prevStartU = -1;
      p += w;
      continue;
    }
    const flags = (load<u32>(flagsT + (<usize>((hash >>> 4) & FLAG_WORD_MASK) << 2)) >>> ((hash & 15) << 1)) & 3;
    // One branch for both ways a term can start here, taken by few words: most flagged
    // words are second words whose pair is not a start.
    const pair = prevHash * 0x9e3779b1 ^ hash;
    const pairGo = (load<u32>(pairsT + (<usize>((pair >>> 5) & HASH_MASK) << 2)) >>> (pair & 31)) & ((flags & PAIR_SECOND) >>> 1) & <u32>(prevStartU >= 0);
    if ((pairGo | (flags & START_WORD)) != 0) {
      let found = false;
      if (pairGo != 0) found = walkWord(prevStartP, prevStartU, prevEndP, prevEndU, prevHash, end);
      if (!found && (flags & START_WORD) != 0) found = walkWord(startP, startU, p, u, hash, end);
      if (found) {
        store<i32>(out, FS);
        store<i32>(out + 4, FE);
        store<i32>(out + 8, FT);
        out += 12;
        count++;
        prevStartU = -1;
        if (FE < startU) {
          // A shorter match from the word before: read this word again after it.
          wordCount--;
          p = FEP;
          skew = <i32>(FEP - TEXT) - FE;
          continue;
        }
        matchEnd = FE;
        p += w;
        continue;
      }
    }
    if (f == SEP) {
      prevStartP = startP;
      prevStartU = startU;
      prevEndP = p;
      prevEndU = u;
      prevHash = hash;
    } else prevStartU = -1;
    p += w;
  }
  WORDS = wordCount;
  return count;
}
