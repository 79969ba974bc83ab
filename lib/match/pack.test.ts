import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { Matcher } from './matcher';
import { packIndex, unpackIndex } from './pack';
import { buildTables, decodeTables, encodeTables } from './tables';

const TERMS = [
  { id: 'rollup', term: 'Rollup', forms: ['rollup', 'rollup chain'] },
  { id: 'optimistic-rollup', term: 'Optimistic rollup', forms: ['optimistic rollup', 'ORU'] },
  { id: 'eth', term: 'Ether', forms: ['ether', 'ETH'] },
  { id: 'itm', term: 'In the money', forms: ['in the money', 'ITM'] },
  { id: 'delta', term: 'Delta', forms: ['delta', 'Δ'] },
];

describe('packed matcher index', () => {
  it('decodes, through JSON and base64, to exactly the tables built from the index', () => {
    const index = compileMatcher(TERMS);
    const shipped = JSON.parse(JSON.stringify(packIndex(index))) as ReturnType<typeof packIndex>;
    const { meta, tables } = unpackIndex(shipped);
    expect(meta.ids).toEqual(index.ids);
    expect(meta.exactForms).toEqual(index.exactForms);
    const built = buildTables(index);
    for (const key of Object.keys(built) as (keyof typeof built)[]) {
      expect([key, [...tables[key]]]).toEqual([key, [...built[key]]]);
      expect(tables[key].constructor).toBe(built[key].constructor);
    }
  });

  it('refuses a buffer that does not match its directory', () => {
    const bytes = encodeTables(buildTables(compileMatcher(TERMS)));
    expect(() => decodeTables(bytes.subarray(0, bytes.length - 4))).toThrow(/directory/);
  });

  it('matches the same as the index it was packed from', () => {
    const index = compileMatcher(TERMS);
    const text = 'An optimistic rollup settles ETH; a rollup chain too. In the money, Δ hedges; ITM calls.';
    const packed = new Matcher(packIndex(index)).scan(text);
    expect(packed).toEqual(new Matcher(index).scan(text));
    expect(packed.map((m) => text.slice(m.start, m.end))).toEqual(['optimistic rollup', 'ETH', 'rollup chain', 'In the money', 'Δ', 'ITM']);
  });
});
