import { describe, expect, it } from 'vitest';
import { checkGlossary, type SourceFile } from './check';

const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  term: id.replace(/-/g, ' '),
  areas: ['scaling'],
  short: `A short definition of ${id}.`,
  body: `A body for ${id}.`,
  related: [],
  ...extra,
});

const file = (entries: unknown[], area = { id: 'scaling', name: 'Scaling' }): SourceFile => ({
  path: `data/glossary/${area.id}.yaml`,
  data: { area, entries },
});

describe('checkGlossary', () => {
  it('accepts a valid glossary and counts entries per area', () => {
    const result = checkGlossary([file([entry('rollup', { related: ['sequencer'] }), entry('sequencer')])]);
    expect(result.problems).toEqual([]);
    expect(result.perArea.get('scaling')).toBe(2);
    expect(result.glossary.entries.map((e) => e.id)).toEqual(['rollup', 'sequencer']);
  });

  it('names the entry and field of a schema problem', () => {
    const { problems } = checkGlossary([file([entry('rollup', { short: 'x'.repeat(201) })])]);
    expect(problems).toEqual([expect.stringMatching(/entries\[0\] \(rollup\)\.short: .*200/)]);
  });

  it('rejects unknown keys, bad ids and multi-line shorts', () => {
    const { problems } = checkGlossary([
      file([entry('Bad_Id'), entry('extra', { colour: 'red' }), entry('two-lines', { short: 'one\ntwo' })]),
    ]);
    expect(problems).toHaveLength(3);
  });

  it('reports related ids that do not exist and self-references', () => {
    const { problems } = checkGlossary([file([entry('rollup', { related: ['nowhere', 'rollup'] })])]);
    expect(problems).toEqual([
      'data/glossary/scaling.yaml: rollup: related id \'nowhere\' does not exist',
      'data/glossary/scaling.yaml: rollup: relates to itself',
    ].sort((a, b) => (a.includes('nowhere') ? -1 : b.includes('nowhere') ? 1 : 0)));
  });

  it('reports duplicate ids and forms the matcher cannot tell apart', () => {
    const { problems } = checkGlossary([
      file([entry('layer-2', { aliases: ['L2'] }), entry('l2-chain', { aliases: ['l2'] }), entry('layer-2')]),
    ]);
    expect(problems.some((p) => p.includes("'l2' is also a form of 'layer-2'"))).toBe(true);
    expect(problems.some((p) => p.includes('id is used twice'))).toBe(true);
  });

  it('requires context words for weak spellings, and known areas', () => {
    const { problems } = checkGlossary([file([entry('gas', { weak: ['gas'], areas: ['scaling', 'fees'] })])]);
    expect(problems).toEqual([
      "data/glossary/scaling.yaml: gas: unknown area 'fees'",
      'data/glossary/scaling.yaml: gas: weak spellings need context words',
    ]);
  });

  it('accepts only the term or an alias as a weak spelling, and one owner per spelling', () => {
    const { problems } = checkGlossary([
      file([
        entry('hash-function', { aliases: ['hash'], weak: ['hash'], context: ['block'] }),
        entry('gas', { weak: ['gas cost'], context: ['fee'] }),
        entry('digital-signature', { aliases: ['signature', 'hash'], weak: ['signature', 'hash'], context: ['key'] }),
      ]),
    ]);
    expect(problems).toEqual([
      "data/glossary/scaling.yaml: gas: weak spelling 'gas cost' is neither the term nor an alias",
      "data/glossary/scaling.yaml: digital-signature: 'hash' is also a form of 'hash-function'",
    ]);
  });

  it('enforces the minimum sizes it is given', () => {
    const { problems } = checkGlossary([file([entry('rollup')])], { minEntries: 2, minAreas: 2, minPerArea: 2 });
    expect(problems).toHaveLength(3);
  });

  it('reports a file that is not an area file without stopping', () => {
    const result = checkGlossary([{ path: 'data/glossary/broken.yaml', data: 'just text' }, file([entry('rollup')])]);
    expect(result.problems).toHaveLength(1);
    expect(result.glossary.entries).toHaveLength(1);
  });
});

describe('alias hygiene', () => {
  it('flags an alias that is only a regular plural of another form', () => {
    const { problems } = checkGlossary([file([entry('state-proof', { term: 'State proof', aliases: ['state proofs', 'SPs'] })])]);
    expect(problems).toEqual([
      "data/glossary/scaling.yaml: state-proof: alias 'state proofs' is a plural the matcher already finds; drop it",
    ]);
  });
});

describe('plural clashes', () => {
  it("flags a derived plural that is another entry's own form", () => {
    const { problems } = checkGlossary([file([entry('option'), entry('options-market', { term: 'options' })])]);
    expect(problems).toEqual(["data/glossary/scaling.yaml: option: its plural 'options' is a form of 'options-market'"]);
  });
});
