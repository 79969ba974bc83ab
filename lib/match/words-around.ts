/**
 * The words either side of a match, for the grammar cues (sense-cues.ts). Hand-written
 * rather than end-anchored RegExps: those retry from every position of the window, and the
 * cues run at every candidate match of a weak spelling.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A letter, digit, apostrophe or hyphen: what the cues count as part of a word. A character
 * outside the BMP reads as two non-word units; cue words are all in the BMP.
 */
function isWordUnit(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d;
  }
  return code === 0x2019 || (!(code >= 0xd800 && code <= 0xdfff) && LETTER_OR_DIGIT.test(String.fromCharCode(code)));
}

const SPACE = /\s/;
const isSpace = (code: number): boolean => code === 0x20 || (code > 0x20 && code < 0x80 ? false : code < 0x20 ? code >= 0x09 && code <= 0x0d : SPACE.test(String.fromCharCode(code)));

/** The last word of s[0, end), past spaces after it, and where it starts. */
function lastWordBefore(s: string, end: number): { word: string; start: number } | undefined {
  let i = end;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  const wordEnd = i;
  while (i > 0 && isWordUnit(s.charCodeAt(i - 1))) i--;
  return i < wordEnd ? { word: s.slice(i, wordEnd), start: i } : undefined;
}

/** The last word of `s`, spaces after it allowed. */
export const lastWord = (s: string): string | undefined => lastWordBefore(s, s.length)?.word;

/** The word before the last, when only spaces part the two. */
export function lastWordButOne(s: string): string | undefined {
  const last = lastWordBefore(s, s.length);
  if (!last || last.start === 0 || !isSpace(s.charCodeAt(last.start - 1))) return undefined;
  return lastWordBefore(s, last.start)?.word;
}

/** The first word of `s`, spaces before it allowed, in lower case. */
export function firstWord(s: string): string | undefined {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const start = i;
  while (i < s.length && isWordUnit(s.charCodeAt(i))) i++;
  return i > start ? s.slice(start, i).toLowerCase() : undefined;
}
