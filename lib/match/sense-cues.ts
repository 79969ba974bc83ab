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
    rules = (IDIOMS[base] ?? []).map(([before, after]) => [before, after, after !== null && (after.flags.includes('i') || /\[A-Z\]/.test(after.source))] as const);
    prepared.set(base, rules);
  }
  return rules;
}

export interface WordAt {
  /** The matched text, lower case. */
  word: string;
  before: string;
  after: string;
}

/** The match's text and its surroundings within its own sentence, lower case. */
export function wordAt(text: string, start: number, end: number): WordAt {
  let from = Math.max(0, start - WINDOW);
  const beforeRaw = text.slice(from, start);
  const cutBefore = Math.max(beforeRaw.lastIndexOf('. '), beforeRaw.lastIndexOf('! '), beforeRaw.lastIndexOf('? '), beforeRaw.lastIndexOf('\n'), beforeRaw.lastIndexOf('; '));
  from = cutBefore >= 0 ? cutBefore + 2 : 0;
  const before = beforeRaw.slice(from);
  const afterRaw = text.slice(end, end + WINDOW);
  // A full stop followed by a space or the end ends the sentence; "Node.js" does not.
  const stop = afterRaw.search(/[.!?;](?:\s|$)|\n/);
  const after = stop >= 0 ? afterRaw.slice(0, stop + 1) : afterRaw;
  return { word: text.slice(start, end).toLowerCase(), before: before.toLowerCase().replace(/\s+/g, ' '), after: after.replace(/\s+/g, ' ') };
}

const lastWord = (s: string): string | undefined => /([\p{L}\p{N}'’-]+)\s*$/u.exec(s)?.[1];
const lastWordButOne = (s: string): string | undefined => /([\p{L}\p{N}'’-]+)\s+[\p{L}\p{N}'’-]+\s*$/u.exec(s)?.[1];
const firstWord = (s: string): string | undefined => /^\s*([\p{L}\p{N}'’-]+)/u.exec(s)?.[1]?.toLowerCase();

/** The form's dictionary word, for the rule tables: "longs" -> "long", "options" -> "option". */
function baseOf(word: string): { base: string; plural: boolean } {
  const key = word.replace(/[\s-]+/g, ' ');
  if (key in IDIOMS || NOUN_SENSE.has(key)) return { base: key, plural: false };
  if (key.endsWith('es') && (key.slice(0, -2) in IDIOMS || NOUN_SENSE.has(key.slice(0, -2)))) return { base: key.slice(0, -2), plural: true };
  if (key.endsWith('s') && (key.slice(0, -1) in IDIOMS || NOUN_SENSE.has(key.slice(0, -1)))) return { base: key.slice(0, -1), plural: true };
  // "the merge", "the surge": the article belongs to the spelling, the rules to the word.
  if (key.startsWith('the ') && key.slice(4) in IDIOMS) return { base: key.slice(4), plural: false };
  return { base: key, plural: false };
}

/**
 * Why a weak spelling at [start, end) of `text` reads as ordinary English here, or
 * undefined when nothing says so. Cheap: it runs only at matches of weak spellings.
 */
export function ordinaryUse(text: string, start: number, end: number): string | undefined {
  const at = wordAt(text, start, end);
  const { base, plural } = baseOf(at.word);
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
