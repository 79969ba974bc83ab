import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldTablesSource } from '../../scripts/fold-tables.mjs';
import { SEP, bmpFoldTables, foldKeepCase, foldLower, isSepUnit, isWordUnit } from './fold';

describe('the fold tables', () => {
  it('ship what classifying every code unit gives (run node scripts/fold-tables.mjs after changing its rules)', () => {
    const shipped = readFileSync(join(import.meta.dirname, 'fold-tables.ts'), 'utf8');
    expect(shipped).toBe(foldTablesSource());
  });

  it('fold case, compatibility forms, dashes and curly apostrophes as the matcher expects', () => {
    const f = (s: string): number => foldLower(s.charCodeAt(0));
    expect(String.fromCharCode(f('E'), f('Δ'), f('Ｅ'), f('ﬁ'))).toBe('eδeﬁ');
    for (const dash of ['-', '\u2013', '\u00a0', '\n', '\u3000']) {
      expect(isSepUnit(dash.charCodeAt(0))).toBe(true);
      expect(f(dash)).toBe(SEP);
    }
    expect(f('\u2019')).toBe(0x27);
    expect(isWordUnit('\u2019'.charCodeAt(0))).toBe(false);
    expect(foldKeepCase('Ｅ'.charCodeAt(0))).toBe(0x45);
    expect(isWordUnit('é'.charCodeAt(0)) && isWordUnit('\u0301'.charCodeAt(0)) && isWordUnit('٣'.charCodeAt(0))).toBe(true);
    expect(isWordUnit(0xd800) || isWordUnit('%'.charCodeAt(0))).toBe(false);
  });

  it('give the scanner a word code above SEP for every letter or digit, SEP for separators, 0 for the rest', () => {
    const { kinds, lower, scan } = bmpFoldTables();
    for (let c = 0; c < 0x10000; c++) {
      const want = kinds[c] === 1 ? lower[c] : kinds[c] === 2 ? SEP : 0;
      if (scan[c] !== want || (kinds[c] === 1 && scan[c]! <= SEP)) throw new Error(`code unit ${c.toString(16)}`);
    }
  });
});
