// The scanner's memory (scanner.as.ts says how the host lays it out): the tables' offsets,
// read once by initTables(), and the readers every part of the scanner shares.

export const SEP: u32 = 0x20;
export const START_WORD: u32 = 1;
export const PAIR_SECOND: u32 = 2;
export const FLAG_WORD_MASK: u32 = 4095;
export const HASH_MASK: u32 = 2047;
export const KIND_WORD: u32 = 1;
export const KIND_SEP: u32 = 2;

export let KIND: usize = 0;
export let LOWER: usize = 0;
export let KEEP: usize = 0;
export let SCANT: usize = 0;
export let edgeStart: usize = 0;
export let edgeCode: usize = 0;
export let edgeChild: usize = 0;
export let acceptStart: usize = 0;
export let acceptTerm: usize = 0;
export let acceptExact: usize = 0;
export let wordFlags: usize = 0;
export let startPairs: usize = 0;
export let chainLength: usize = 0;
export let chainCode: usize = 0;
export let denseRow: usize = 0;
export let dense: usize = 0;
export let slotKey: usize = 0;
export let slotWord: usize = 0;
export let slotMask: u32 = 0;
export let wordNode: usize = 0;
export let wordEnds: usize = 0;
export let wordCodeStart: usize = 0;
export let wordCodes: usize = 0;
export let exactStart: usize = 0;
export let exactCodes: usize = 0;
export let TEXT: usize = 0;
export let OUT: usize = 0;
/**
 * Powers of 31 per word length n (0..15), 16 i32 lanes each: 31^(n-1-i) for lane i < n, 0
 * past the word. Summing lane i's character times its power gives the word's running hash
 * (fold.ts stepHash) without a multiply chained to the one before.
 */
export const POW: usize = 1024;


/** Width in bytes and in UTF-16 units of the character last decoded. */
export let W: usize = 1;
export let U: i32 = 1;

@inline function h(k: i32): u32 {
  return load<u32>(<usize>(k << 2));
}

/** Reads the header the host wrote at address 0 (see scanner.as.ts) and fills POW. */
export function initTables(): void {
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

/** The UTF-16 code unit at byte p (a supplementary character reads as one surrogate, 2 units wide). */
@inline export function decode(p: usize): u32 {
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
@inline export function codeAt(p: usize): u32 {
  const b0 = <u32>load<u8>(p);
  return b0 < 0x80 ? b0 : decode(p);
}

@inline export function i32At(base: usize, k: i32): i32 {
  return load<i32>(base + (<usize>k << 2));
}
@inline export function u16At(base: usize, k: i32): u32 {
  return <u32>load<u16>(base + (<usize>k << 1));
}
@inline export function kindOf(c: u32): u32 {
  return <u32>load<u8>(KIND + <usize>c);
}
