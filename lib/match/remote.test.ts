import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../tests/support/fuzz-runs';
import { compileMatcher } from './compile';
import { Matcher } from './matcher';
import { answerLookup, answerScan, readScanReply, type ScanReply } from './remote';
import { TermSet } from './term-set';

const bundled = new Matcher(
  compileMatcher([
    { id: 'rollup', term: 'Rollup', forms: ['rollup'], areas: ['scaling'] },
    { id: 'optimistic-rollup', term: 'Optimistic rollup', forms: ['optimistic rollup'], areas: ['scaling'] },
    { id: 'gas', term: 'Gas', forms: ['gas'], ambiguous: true, context: ['gwei'] },
    { id: 'futures', term: 'Futures', forms: ['futures'], areas: ['derivatives'], general: true },
  ]),
);
const user = new Matcher(compileMatcher([{ id: 'rollup-lag', term: 'Rollup lag', forms: ['rollup lag'], areas: ['my-terms'] }]));
const set = new TermSet([bundled, user]);

/** The reply as it arrives in the content script: through JSON, as Chrome sends it. */
const overTheWire = (texts: string[]): unknown => JSON.parse(JSON.stringify(answerScan(set, texts)));
const lengths = (texts: string[]): number[] => texts.map((t) => t.length);

describe('matching in the background', () => {
  it('hands back, per text, what the glossary finds there, with each term described', () => {
    const texts = ['rollup lag on an optimistic rollup', 'no terms', 'gas at 3 gwei and futures'];
    const answer = readScanReply(overTheWire(texts), lengths(texts))!;
    const seen = answer.matches.map((list, i) => list.map((m) => [texts[i]!.slice(m.start, m.end), m.term.id]));
    expect(seen).toEqual([[['rollup lag', 'rollup-lag'], ['optimistic rollup', 'optimistic-rollup']], [], [['gas', 'gas'], ['futures', 'futures']]]);
    const [gas, futures] = answer.matches[2]!;
    expect(gas!.term).toMatchObject({ name: 'Gas', ambiguous: true, general: false });
    expect(futures!.term).toMatchObject({ name: 'Futures', areas: ['derivatives'], ambiguous: false, general: true });
    expect(answer.words).toEqual([6, 2, 6]);
  });

  it('describes each distinct term once per reply, however often it occurs', () => {
    const reply = answerScan(set, ['rollup, rollup', 'rollup']);
    expect(reply.terms.map(([id]) => id)).toEqual(['rollup']);
  });

  it('agrees with scanning in place, for any mix of terms and noise', () => {
    const pieces = ['rollup', 'Rollup lag', 'optimistic rollup', 'gas', 'gwei', 'futures', 'rollups', ' ', ', ', 'roll', 'up', 'x'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        const answer = readScanReply(overTheWire(texts), lengths(texts))!;
        const remote = answer.matches.map((list) => list.map((m) => [m.start, m.end, m.term.id]));
        const local = texts.map((t) => set.scan(t).map((m) => [m.start, m.end, set.idOf(m)]));
        expect(remote).toEqual(local);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('looks up a selection by id, or says there is nothing', () => {
    expect(answerLookup(set, 'gas')).toBe('gas');
    expect(answerLookup(set, 'nothing here')).toBeNull();
  });
});

describe('reading a reply', () => {
  const good = (): ScanReply => answerScan(set, ['an optimistic rollup', 'gas at 3 gwei']);
  const texts = lengths(['an optimistic rollup', 'gas at 3 gwei']);

  it('rejects a reply whose match lies outside its text, out of order, or empty', () => {
    const outside = good();
    outside.found[2] = 99;
    expect(readScanReply(outside, texts)).toBeUndefined();
    const backwards = answerScan(set, ['rollup rollup']);
    [backwards.found[1], backwards.found[4]] = [backwards.found[4]!, backwards.found[1]!];
    expect(readScanReply(backwards, [13])).toBeUndefined();
    const empty = good();
    empty.found[2] = empty.found[1]!;
    expect(readScanReply(empty, texts)).toBeUndefined();
  });

  it('rejects a reply that names a term it does not describe, or counts wrong', () => {
    const unknown = good();
    unknown.found[3] = 7;
    expect(readScanReply(unknown, texts)).toBeUndefined();
    const short = good();
    short.found.pop();
    expect(readScanReply(short, texts)).toBeUndefined();
    const long = good();
    long.found.push(0);
    expect(readScanReply(long, texts)).toBeUndefined();
    expect(readScanReply(good(), [...texts, 5])).toBeUndefined();
  });

  it('never throws on a damaged reply, and whatever it accepts lies inside the texts', () => {
    const texts = ['an optimistic rollup', 'gas at 3 gwei, rollup', ''];
    const base = answerScan(set, texts);
    const num = fc.oneof(fc.integer({ min: -2, max: 30 }), fc.double(), fc.constantFrom('1', null, undefined, NaN));
    // The real reply with a few of its numbers replaced, or something else altogether.
    const edits = fc.array(fc.tuple(fc.nat({ max: base.found.length - 1 }), num), { maxLength: 3 });
    const damaged = edits.map((list) => {
      const found: unknown[] = [...base.found];
      for (const [at, value] of list) found[at] = value;
      return { ...base, found };
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(damaged, fc.anything()), (reply) => {
        const answer = readScanReply(reply, lengths(texts));
        if (!answer) return;
        accepted++;
        answer.matches.forEach((list, i) => {
          let last = 0;
          for (const m of list) {
            expect(m.start >= last && m.end > m.start && m.end <= texts[i]!.length).toBe(true);
            last = m.end;
          }
        });
      }),
      { numRuns: fuzzRuns(2000) },
    );
    // Not vacuous: some damaged replies still make sense (an edit that changes nothing, or
    // moves a match within bounds) and are read.
    expect(accepted).toBeGreaterThan(0);
  });

  it('rejects anything that is not a reply at all', () => {
    for (const junk of [null, 'text', 3, {}, { terms: [], found: [], words: 'x' }, { terms: [['id']], found: [0], words: [0] }]) {
      expect(readScanReply(junk, [4])).toBeUndefined();
    }
  });
});
