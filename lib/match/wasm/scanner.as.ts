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

import { decode, FLAG_WORD_MASK, HASH_MASK, initTables, OUT, PAIR_SECOND, POW, SCANT, SEP, START_WORD, startPairs, TEXT, U, u16At, W, wordFlags } from './memory.as';
import { FE, FEP, FS, FT, walkWord } from './walk.as';

let WORDS: i32 = 0;

export function init(): void {
  initTables();
}

export function words(): i32 {
  return WORDS;
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
