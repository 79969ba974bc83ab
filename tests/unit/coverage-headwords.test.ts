import { describe, expect, it } from 'vitest';
import { headwordSpellings, readHeadwords } from '../../scripts/coverage/headwords';

describe('headwords of a public glossary list', () => {
  it('reads a name and the abbreviation in its brackets as two spellings', () => {
    expect(headwordSpellings('Layer 2 (L2)')).toEqual(['Layer 2 (L2)', 'Layer 2', 'L2']);
  });

  it('splits names joined by a slash', () => {
    expect(headwordSpellings('Proof of work / POW')).toEqual(['Proof of work / POW', 'Proof of work', 'POW']);
  });

  it('splits names joined by a bare slash', () => {
    expect(headwordSpellings('Seed phrase/recovery phrase')).toEqual(['Seed phrase/recovery phrase', 'Seed phrase', 'recovery phrase']);
  });

  it('skips comment and blank lines', () => {
    expect(readHeadwords('# source: x\n\nGas\n  Nonce  \n')).toEqual(['Gas', 'Nonce']);
  });
});
