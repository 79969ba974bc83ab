import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../match/compile';
import { Matcher } from '../match/matcher';
import { TermSet } from '../match/term-set';
import { judgeText, readJudgement } from './judge-text';

const set = new TermSet([
  new Matcher(
    compileMatcher([
      { id: 'rollup', term: 'Rollup', forms: ['rollup'], areas: ['scaling'] },
      { id: 'sequencer', term: 'Sequencer', forms: ['sequencer'], areas: ['scaling'] },
      { id: 'blob', term: 'Blob', forms: ['blob'], areas: ['scaling'] },
      { id: 'futures', term: 'Futures', forms: ['futures'], areas: ['derivatives'], general: true },
      { id: 'options', term: 'Options', forms: ['options'], areas: ['derivatives'], general: true },
      { id: 'gas', term: 'Gas', forms: ['gas'], ambiguous: true, context: ['gwei'] },
    ]),
  ),
]);

describe('judgeText', () => {
  it('counts distinct terms once each, and every word', () => {
    expect(judgeText(set, 'A rollup posts a blob; the sequencer orders the rollup.')).toEqual({ crypto: true, distinctTerms: 3, words: 10 });
  });

  it('leaves out terms traditional finance shares and ordinary words', () => {
    // Gas is confirmed by "gwei" here, and still does not make the page crypto.
    expect(judgeText(set, 'Futures and options on a rollup; gas at 3 gwei.')).toEqual({ crypto: false, distinctTerms: 1, words: 10 });
  });

  it('asks long texts for density, as the content script does', () => {
    const filler = ' word'.repeat(2000);
    expect(judgeText(set, `rollup sequencer blob${filler}`).crypto).toBe(false);
    expect(judgeText(set, '').crypto).toBe(false);
  });
});

describe('readJudgement', () => {
  it('takes a well-formed reply', () => {
    expect(readJudgement({ crypto: true, distinctTerms: 4, words: 120 })).toEqual({ crypto: true, distinctTerms: 4, words: 120 });
  });

  it('refuses anything else', () => {
    for (const bad of [null, undefined, 'yes', { crypto: 'true', distinctTerms: 4, words: 1 }, { crypto: true, distinctTerms: -1, words: 1 }, { crypto: true, distinctTerms: 1.5, words: 1 }, { crypto: false, distinctTerms: 0 }]) {
      expect(readJudgement(bad)).toBeUndefined();
    }
  });
});
