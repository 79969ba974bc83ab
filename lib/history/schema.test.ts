import { describe, expect, it } from 'vitest';
import { HISTORY_MAX, SENTENCE_MAX, historyValue, parseHistory, parseStudy, type Lookup } from './schema';

const lookup = (over: Partial<Lookup> = {}): Lookup => ({
  term: 'optimistic-rollup',
  at: 1_760_000_000_000,
  sentence: 'An optimistic rollup posts its state root to layer 1.',
  span: [3, 20],
  url: 'https://docs.example.org/rollups',
  title: 'Rollups',
  via: 'hover',
  ...over,
});

describe('parseHistory', () => {
  it('reads back what historyValue stores', () => {
    const entries = [lookup(), lookup({ term: 'gas', at: 1_760_000_000_500, span: undefined, via: 'menu' })];
    expect(parseHistory(historyValue(entries))).toEqual({
      value: [entries[0], { term: 'gas', at: 1_760_000_000_500, sentence: entries[1]!.sentence, url: entries[1]!.url, title: 'Rollups', via: 'menu' }],
      dropped: 0,
    });
  });

  it('gives an empty history for nothing stored, and counts a value that is no history as one loss', () => {
    expect(parseHistory(undefined)).toEqual({ value: [], dropped: 0 });
    expect(parseHistory(null)).toEqual({ value: [], dropped: 0 });
    expect(parseHistory('corrupt')).toEqual({ value: [], dropped: 1 });
    expect(parseHistory({ entries: 'x' })).toEqual({ value: [], dropped: 1 });
    expect(parseHistory('{"entries": [')).toEqual({ value: [], dropped: 1 });
  });

  it('reads the history given as an object as well as the JSON text it is stored as', () => {
    expect(parseHistory({ entries: [lookup()] })).toEqual(parseHistory(historyValue([lookup()])));
  });

  it('drops corrupt entries one by one and keeps the rest', () => {
    const good = lookup();
    const raw = {
      entries: [
        good,
        { ...good, term: 'Not An Id' },
        { ...good, at: -5 },
        { ...good, sentence: 'x'.repeat(SENTENCE_MAX + 1) },
        { ...good, via: 'telepathy' },
        { ...good, url: 42 },
        null,
        'entry',
        { ...good, at: good.at + 1 },
      ],
    };
    const { value, dropped } = parseHistory(raw);
    expect(dropped).toBe(7);
    expect(value).toEqual([good, { ...good, at: good.at + 1 }]);
  });

  it('keeps an entry whose span does not fit its sentence, without the span', () => {
    const { value } = parseHistory({ entries: [lookup({ span: [10, 500] }), lookup({ span: [5, 5] })] });
    expect(value.map((e) => e.span)).toEqual([undefined, undefined]);
    expect(value).toHaveLength(2);
  });

  it('sorts entries by time, keeping the order of entries made in the same millisecond', () => {
    const raw = { entries: [lookup({ at: 30, term: 'c' }), lookup({ at: 10, term: 'a' }), lookup({ at: 30, term: 'd' }), lookup({ at: 20, term: 'b' })] };
    expect(parseHistory(raw).value.map((e) => e.term)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps only the newest HISTORY_MAX entries of a store that grew past the bound', () => {
    const entries = Array.from({ length: HISTORY_MAX + 25 }, (_, i) => lookup({ at: 1000 + i }));
    const { value, dropped } = parseHistory({ entries });
    expect(value).toHaveLength(HISTORY_MAX);
    expect(value[0]!.at).toBe(1025);
    expect(value.at(-1)!.at).toBe(1000 + HISTORY_MAX + 24);
    expect(dropped).toBe(0);
  });

  it('ignores keys it does not know, so a field added later does not lose the entry', () => {
    const { value } = parseHistory({ entries: [{ ...lookup(), colour: 'red' }] });
    expect(value).toEqual([lookup()]);
  });
});

describe('parseStudy', () => {
  it('keeps valid starred terms and refusals, dropping repeats and junk one by one', () => {
    const raw = {
      terms: [{ id: 'gas', at: 5 }, { id: 'gas', at: 6 }, { id: 'Bad Id', at: 7 }, { id: 'mev', at: 0 }, 'mev', { id: 'mev', at: 8 }],
      dismissed: ['funding-rate', 'funding-rate', 3, 'gamma'],
    };
    expect(parseStudy(raw)).toEqual({ value: { terms: [{ id: 'gas', at: 5 }, { id: 'mev', at: 8 }], dismissed: ['funding-rate', 'gamma'] }, dropped: 6 });
  });

  it('gives an empty list for nothing stored or a value that is not one', () => {
    expect(parseStudy(undefined)).toEqual({ value: { terms: [], dismissed: [] }, dropped: 0 });
    expect(parseStudy([1, 2])).toEqual({ value: { terms: [], dismissed: [] }, dropped: 1 });
  });
});

describe('the record-lookup message', () => {
  const report = { type: 'termlight:record-lookup', term: 'gas', sentence: 'Gas is high.', span: [0, 3], url: 'https://a.example/', title: 'A', via: 'hover' };

  it('carries a look-up without its time, which the background adds', async () => {
    const { parseMessage } = await import('../messages');
    expect(parseMessage(report)).toEqual(report);
    expect(parseMessage({ ...report, span: undefined })).toEqual({ ...report, span: undefined });
  });

  it('is refused with a field too long, a time of its own or a bad id', async () => {
    const { parseMessage } = await import('../messages');
    expect(parseMessage({ ...report, sentence: 'x'.repeat(SENTENCE_MAX + 1) })).toBeUndefined();
    expect(parseMessage({ ...report, at: 5 })).toBeUndefined();
    expect(parseMessage({ ...report, term: 'Gas' })).toBeUndefined();
    expect(parseMessage({ ...report, via: 'telepathy' })).toBeUndefined();
  });
});
