/**
 * Grammar cues that a weak spelling ("long", "block", "option", "leverage"...) is used in
 * its everyday sense where it stands: idioms that never carry the crypto sense ("as long
 * as", "in short", "margin of error", "building block", "at stake"), verb use of words
 * whose crypto sense is a noun ("we leverage", "to block", "leverages the"), and number or
 * unit cues ("Unix epoch", "epoch time", "delta between"). Read only at candidate matches
 * of weak spellings, and only within the match's own sentence, so text added after a full
 * stop never changes the verdict on what came before it.
 */

import { IDIOMS } from './sense-idioms';
import { firstWord, lastWord, lastWordButOne } from './words-around';

/** How far either side of a match the cues look, in characters. */
const WINDOW = 48;

/** Words whose crypto sense is a noun: used as a verb, they are ordinary English. */
const NOUN_SENSE = new Set([
  'leverage', 'block', 'margin', 'option', 'epoch', 'delta', 'pool', 'node', 'oracle', 'vault', 'layer', 'token',
  'wallet', 'yield', 'spread', 'premium', 'strike', 'position', 'bond', 'coupon', 'principal', 'maturity', 'call',
  'put', 'gas', 'liquidity', 'validator', 'collateral', 'slot', 'governance', 'fee', 'exchange',
]);

/** Adverbs before a base form and an object mark a verb: "thus block the bundler". */
const VERB_ADVERBS = new Set(['thus', 'then', 'therefore', 'effectively', 'actively', 'simply', 'only', 'further', 'and', 'or']);
/** Words after "long"/"short" that keep the market sense (or leave it open). */
const LONG_SHORT_FOLLOWERS = new Set([
  'position', 'positions', 'trade', 'trades', 'side', 'sides', 'call', 'calls', 'put', 'puts', 'exposure', 'leg', 'legs', 'liquidation',
  'liquidations', 'perp', 'perps', 'perpetual', 'perpetuals', 'futures', 'bias', 'squeeze', 'holder', 'holders', 'seller', 'sellers',
  'buyer', 'buyers', 'trader', 'traders', 'option', 'options', 'gamma', 'vol', 'volatility', 'vega', 'delta', 'contract', 'contracts',
  'interest', 'ratio', 'token', 'tokens', 'and', 'or', 'on', 'the', 'a', 'an', 'it', 'them', 'at', 'in', 'via', 'with', 'from', 'when',
  'if', 'by', 'to', 'vs', 'versus', 'against', 'as', 'spot', 'funding', 'open', 'payoff', 'market', 'markets', 'entry', 'entries',
  'order', 'orders', 'hedge', 'hedges', 'covered', 'straddle', 'strangle', 'volatility', 'beta', 'carry', 'basis', 'skew',
]);

const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'cannot', 'not', "can't", "won't", "don't", "doesn't", "didn't", 'also', 'often', 'usually', 'always', 'never', 'simply', 'just']);
const PLURAL_SUBJECTS = new Set(['we', 'they', 'you', 'i']);
/** Only pronouns: "which" and "that" are as often determiners ("which slots were missed"). */
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'this', 'these', 'those', 'your', 'my', 'his', 'her', 'any', 'all', 'every', 'each', 'existing', 'some', 'such', 'them', 'it', 'us', 'him']);
/** "to" after these is a preposition, not the mark of an infinitive: "exposure to delta". */
const TO_PREPOSITION = new Set([
  'due', 'close', 'next', 'similar', 'according', 'compared', 'relative', 'equal', 'thanks', 'addition', 'respect', 'regard',
  'access', 'exposure', 'up', 'added', 'moved', 'sent', 'switch', 'switched', 'refers', 'refer', 'belong', 'belongs',
  'applies', 'apply', 'attached', 'pegged', 'linked', 'tied', 'transferred', 'deposited', 'returned', 'paid', 'went',
  'goes', 'go', 'back', 'block', 'from', 'prior', 'subject', 'proportional', 'sensitive', 'contributes', 'contribute',
  'contributed', 'leads', 'lead', 'led', 'in', 'ratio', 'relates', 'related', 'respond', 'responds', 'add', 'adds',
]);

/**
 * A word's idioms, each with whether its `after` pattern reads the text as written (case-
 * insensitive ones, and those that name tickers in capitals), decided once per word rather
 * than at every match.
 */
const prepared = new Map<string, readonly (readonly [RegExp | null, RegExp | null, boolean])[]>();
function idiomsOf(base: string): readonly (readonly [RegExp | null, RegExp | null, boolean])[] {
  let rules = prepared.get(base);
  if (rules === undefined) {
    rules = (Object.hasOwn(IDIOMS, base) ? IDIOMS[base]! : []).map(([before, after]) => [before, after, after !== null && (after.flags.includes('i') || /\[A-Z\]/.test(after.source))] as const);
    prepared.set(base, rules);
  }
  return rules;
}

interface Surroundings {
  /** The text before the match within its sentence, lower case, each run of white space one space. */
  before: string;
  /** The text after it within its sentence, as written but for white space. */
  after: string;
}

/**
 * The match's surroundings within its own sentence (at most WINDOW characters either side).
 * A sentence ends at a line break or at ". ", "! ", "? ", "; " (a stop without a space, as
 * in "Node.js", does not end it). Hand-written: it runs at every candidate match of a word
 * with cues, and slicing then searching each side showed in profiles.
 */
export function surroundings(text: string, start: number, end: number): Surroundings {
  let from = start;
  let plain = true;
  for (let i = start - 1, floor = Math.max(0, start - WINDOW); i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) break;
    if (c === 0x20 && i > floor && isStop(text.charCodeAt(i - 1))) break;
    if (plain && !isPlainUnit(c, text.charCodeAt(i + 1))) plain = false;
    from = i;
  }
  let to = end;
  for (let i = end, ceiling = Math.min(text.length, end + WINDOW); i < ceiling; i++) {
    const c = text.charCodeAt(i);
    to = i + 1;
    if (plain && !isPlainUnit(c, text.charCodeAt(i + 1))) plain = false;
    if (c === 0x0a || (isStop(c) && (i + 1 === ceiling || isSpaceUnit(text.charCodeAt(i + 1))))) break;
  }
  const before = text.slice(from, start).toLowerCase();
  const after = text.slice(end, to);
  return plain ? { before, after } : { before: before.replace(/\s+/g, ' '), after: after.replace(/\s+/g, ' ') };
}

const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b;
const isSpaceUnit = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && /\s/.test(String.fromCharCode(c)));
/** ASCII that white-space folding leaves as it is: no white space but single spaces. */
const isPlainUnit = (c: number, next: number): boolean => c < 0x80 && (c > 0x20 || (c === 0x20 && next !== 0x20));

/** The form's dictionary word, for the rule tables: "longs" -> "long", "options" -> "option". */
function baseOf(word: string): { base: string; plural: boolean } {
  const key = word.replace(/[\s-]+/g, ' ');
  if (isRuled(key)) return { base: key, plural: false };
  if (key.endsWith('es') && isRuled(key.slice(0, -2))) return { base: key.slice(0, -2), plural: true };
  if (key.endsWith('s') && isRuled(key.slice(0, -1))) return { base: key.slice(0, -1), plural: true };
  // "the merge", "the surge": the article belongs to the spelling, the rules to the word.
  if (key.startsWith('the ') && Object.hasOwn(IDIOMS, key.slice(4))) return { base: key.slice(4), plural: false };
  return { base: key, plural: false };
}

/** Own keys only: a weak spelling "constructor" must not find Object.prototype's. */
const isRuled = (key: string): boolean => Object.hasOwn(IDIOMS, key) || NOUN_SENSE.has(key);
const hasRules = (base: string): boolean => isRuled(base) || base === 'long' || base === 'short';

/** A spelling's base and whether any cue reads it, by the spelling in lower case: matches repeat their spellings. */
const bases = new Map<string, { base: string; plural: boolean; ruled: boolean }>();
/** Spellings come from the glossaries, so the memo stays small; the cap only bounds a hostile reader's glossary. */
const BASES_MAX = 8192;
function ruledBaseOf(word: string): { base: string; plural: boolean; ruled: boolean } {
  let known = bases.get(word);
  if (known === undefined) {
    const { base, plural } = baseOf(word);
    known = { base, plural, ruled: hasRules(base) };
    if (bases.size >= BASES_MAX) bases.clear();
    bases.set(word, known);
  }
  return known;
}

/**
 * Why a weak spelling at [start, end) of `text` reads as ordinary English here, or
 * undefined when nothing says so. Cheap: it runs only at matches of weak spellings.
 */
export function ordinaryUse(text: string, start: number, end: number): string | undefined {
  const { base, plural, ruled } = ruledBaseOf(text.slice(start, end).toLowerCase());
  // Most weak spellings have no rule at all: their sentence is not even read.
  if (!ruled) return undefined;
  const at = surroundings(text, start, end);
  const afterLower = at.after.toLowerCase();
  for (const [before, after, asWritten] of idiomsOf(base)) {
    if ((before === null || before.test(at.before)) && (after === null || after.test(asWritten ? at.after : afterLower))) {
      return `idiom:${base}`;
    }
  }
  const prev = lastWord(at.before);
  const next = firstWord(at.after);
  // "a long interval", "Long block times", "short-sighted": an adjective before a noun that
  // is not a market word. Tickers written in capitals ("long ETH") keep the market sense.
  if ((base === 'long' || base === 'short') && !plural && next !== undefined && /^[ -][a-z]/.test(at.after) && /^[a-z]+$/.test(next) && !LONG_SHORT_FOLLOWERS.has(next)) {
    return 'adjective';
  }
  if (!NOUN_SENSE.has(base)) return undefined;
  if (!plural) {
    if (prev === 'to' && !TO_PREPOSITION.has(lastWordButOne(at.before) ?? '')) return 'verb:to';
    if (prev !== undefined && MODALS.has(prev)) return 'verb:modal';
    if (prev !== undefined && PLURAL_SUBJECTS.has(prev)) return 'verb:subject';
    if (prev !== undefined && VERB_ADVERBS.has(prev) && next !== undefined && DETERMINERS.has(next) && /^\s/.test(at.after)) return 'verb:object';
  } else {
    // "it blocks", "which leverages": a singular subject makes the -s form a verb.
    if (prev !== undefined && SINGULAR_SUBJECTS.has(prev)) return 'verb:subject';
    // "leverages the same", "blocks any transfer": an -s form followed by an object.
    if (next !== undefined && DETERMINERS.has(next) && /^\s/.test(at.after)) return 'verb:object';
  }
  return undefined;
}
