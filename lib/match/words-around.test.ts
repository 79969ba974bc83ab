import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWord, lastWord, lastWordButOne } from './words-around';

// The definitions the hand-written finders replace: the same answers on any text.
const reference = {
  lastWord: (s: string) => /([\p{L}\p{N}'’-]+)\s*$/u.exec(s)?.[1],
  lastWordButOne: (s: string) => /([\p{L}\p{N}'’-]+)\s+[\p{L}\p{N}'’-]+\s*$/u.exec(s)?.[1],
  firstWord: (s: string) => /^\s*([\p{L}\p{N}'’-]+)/u.exec(s)?.[1]?.toLowerCase(),
};

// Each one code unit: a list, not a string spread.
const units = fc.constantFrom('a', 'Z', '9', ' ', '\t', '\n', '\u00a0', '\u2009', '.', ',', ';', '-', "'", '’', 'é', '–', 'Ω', '中', '(');
const text = fc.array(units, { maxLength: 24 }).map((cs) => cs.join(''));

describe('the words around a match', () => {
  it('agree with the RegExp definitions on any BMP text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(lastWord(s)).toBe(reference.lastWord(s));
        expect(lastWordButOne(s)).toBe(reference.lastWordButOne(s));
        expect(firstWord(s)).toBe(reference.firstWord(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('read the words of a real window', () => {
    expect(lastWord('we had no ')).toBe('no');
    expect(lastWordButOne('exposure to ')).toBe('exposure');
    expect(firstWord(' Leverages the same')).toBe('leverages');
    expect(lastWord('(')).toBeUndefined();
  });
});
