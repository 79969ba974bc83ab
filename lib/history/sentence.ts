import { SENTENCE_MAX } from './schema';

/** The sentence a term was met in, as kept in the history. */
export interface Sentence {
  text: string;
  /** Where the term sits in `text`, [start, end). */
  span?: [number, number];
}

/** Ends a sentence when followed by white space (or the end of the text). */
const ENDS = new Set(['.', '!', '?', '…']);
/** Ends a sentence with or without a space after it: Chinese and Japanese full stops. */
const WIDE_ENDS = new Set(['。', '！', '？']);
/** Closing quotes and brackets that belong to the sentence they close. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
/**
 * Words whose full stop does not end a sentence: "e.g. gas", "vs. the rest", "Dr. Buterin".
 * Single letters too ("J. Smith", "U.S. markets") are handled below.
 */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'cf', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'fig', 'approx', 'al', 'inc', 'ltd', 'jr', 'sr']);
/** How far either way a sentence is looked for: past it, the sentence is cut there anyway. */
const REACH = 1000;

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** Whether the character at `i` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (WIDE_ENDS.has(c)) return true;
  if (!ENDS.has(c)) return false;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  if (j < text.length && !isSpace(text[j])) return false;
  if (c !== '.') return true;
  // The word the full stop closes, back to the space before it.
  let k = i;
  while (k > 0 && !isSpace(text[k - 1]) && !CLOSERS.has(text[k - 1]!) && text[k - 1] !== '(') k--;
  const word = text.slice(k, i).toLowerCase();
  return !(ABBREVIATIONS.has(word) || /^\p{L}(?:\.\p{L})*$/u.test(word));
}

/**
 * The sentence of `text` around [start, end): from the end of the sentence before it to the
 * end of its own, white space collapsed. A sentence longer than `max` is cut around the term,
 * at word boundaries where that costs little, with "…" where it was cut.
 */
export function sentenceAround(text: string, start: number, end: number, max = SENTENCE_MAX): Sentence {
  const s0 = Math.max(0, Math.min(start, text.length));
  const e0 = Math.max(s0, Math.min(end, text.length));
  let from = s0;
  const fromLimit = Math.max(0, s0 - REACH);
  while (from > fromLimit && !endsSentence(text, from - 1)) from--;
  // The quote or bracket closing the sentence before belongs to that sentence.
  while (from < s0 && CLOSERS.has(text[from]!)) from++;
  let to = e0;
  const toLimit = Math.min(text.length, e0 + REACH);
  while (to < toLimit && !endsSentence(text, to)) to++;
  if (to < text.length) {
    // Take the full stop and any closing quote or bracket after it.
    to++;
    while (to < text.length && CLOSERS.has(text[to]!)) to++;
  }
  const { out, span } = collapse(text, from, to, s0, e0);
  return fit(out, span, max);
}

/** Text of [from, to) with white space runs as one space and none at either end; the span follows. */
function collapse(text: string, from: number, to: number, start: number, end: number): { out: string; span?: [number, number] } {
  let out = '';
  let spanStart = -1;
  let spanEnd = -1;
  let pendingSpace = false;
  for (let i = from; i < to; i++) {
    if (i === end) spanEnd = out.length;
    const c = text[i]!;
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    if (i === start) spanStart = out.length;
    out += c;
  }
  if (end === to) spanEnd = out.length;
  // A term that is all white space, or offsets outside the text, leave no span.
  return spanStart >= 0 && spanEnd > spanStart ? { out, span: [spanStart, Math.min(spanEnd, out.length)] } : { out };
}

/** Cuts `text` to at most `max` characters around the span, marking each cut with "…". */
function fit(text: string, span: [number, number] | undefined, max: number): Sentence {
  if (text.length <= max) return span ? { text, span } : { text };
  const [s, e] = span ?? [0, 0];
  const termLength = e - s;
  if (termLength >= max - 2) {
    // Never seen with a glossary term; kept in bounds all the same.
    return { text: text.slice(s, s + max), span: [0, Math.min(termLength, max)] };
  }
  // What is left for context, shared between the two sides; a side with less gives the rest away.
  const budget = max - termLength - 2;
  let left = Math.min(s, Math.floor(budget / 2));
  const right = Math.min(text.length - e, budget - left);
  left = Math.min(s, budget - right);
  let from = s - left;
  let to = e + right;
  // Cut at a word boundary when one is near: a sentence starting mid-word reads badly.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < s && space - from <= 20) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > e && to - space <= 20) to = space;
  }
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const out = `${head}${text.slice(from, to).trim()}${tail}`;
  const offset = head.length + (text.slice(from, to).length - text.slice(from, to).trimStart().length) - from;
  return span ? { text: out, span: [s + offset, e + offset] } : { text: out };
}
