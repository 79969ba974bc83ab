import { describe, expect, it } from 'vitest';
import { countByTerm, latestByTerm, recentView, searchHistory, siteOfUrl, startOfDay } from './group';
import type { Lookup } from './schema';

// A fixed local time, whatever the machine's zone: 7 December 2026, 15:30.
const NOW = new Date(2026, 11, 7, 15, 30).getTime();
const at = (day: number, hour: number): number => new Date(2026, 11, day, hour).getTime();
// 30 November, the day before the week's first.
const lastMonth = new Date(2026, 10, 30, 23).getTime();
const lookup = (term: string, time: number, url = 'https://docs.example.org/a'): Lookup => ({ term, at: time, sentence: `About ${term}.`, url, title: 'A', via: 'hover' });

describe('recentView', () => {
  const history = [
    lookup('old', lastMonth), // seven days back: before this week
    lookup('gas', at(1, 9), 'https://forum.example.com/t/1'), // six days back: this week
    lookup('mev', at(5, 22)),
    lookup('gas', at(6, 23), 'https://www.forum.example.com/t/2'),
    lookup('mev', at(7, 0)), // just after midnight: today
    lookup('gas', at(7, 14), 'https://forum.example.com/t/3'),
    lookup('mev', at(7, 15)),
  ];

  it('lists today’s terms latest first, each once with its count and newest sentence', () => {
    const view = recentView(history, NOW);
    expect(view.today.map((g) => [g.term, g.count, g.last.at])).toEqual([
      ['mev', 2, at(7, 15)],
      ['gas', 1, at(7, 14)],
    ]);
  });

  it('lists the six days before today under this week, without today’s look-ups', () => {
    const view = recentView(history, NOW);
    expect(view.week.map((g) => [g.term, g.count, g.last.at])).toEqual([
      ['gas', 2, at(6, 23)],
      ['mev', 1, at(5, 22)],
    ]);
  });

  it('groups the whole history by site, the site looked at latest first, www. aside', () => {
    const view = recentView(history, NOW);
    expect(view.sites.map((s) => [s.site, s.count, s.distinct, s.terms.map((t) => t.term)])).toEqual([
      ['docs.example.org', 4, 2, ['mev', 'old']],
      ['forum.example.com', 3, 1, ['gas']],
    ]);
    expect(view.total).toBe(7);
  });

  it('stops at the limits it is given', () => {
    const many = Array.from({ length: 40 }, (_, i) => lookup(`t${i}`, at(7, 1) + i, `https://s${i % 8}.example/`));
    const view = recentView(many, NOW, { terms: 5, sites: 3, perSite: 2 });
    expect(view.today.map((g) => g.term)).toEqual(['t39', 't38', 't37', 't36', 't35']);
    expect(view.sites.map((s) => [s.site, s.terms.length, s.distinct])).toEqual([
      ['s7.example', 2, 5],
      ['s6.example', 2, 5],
      ['s5.example', 2, 5],
    ]);
  });
});

describe('startOfDay', () => {
  it('is local midnight, counted back by calendar days', () => {
    expect(startOfDay(NOW)).toBe(new Date(2026, 11, 7).getTime());
    expect(startOfDay(NOW, 6)).toBe(new Date(2026, 11, 1).getTime());
    expect(startOfDay(NOW, -1)).toBe(new Date(2026, 11, 8).getTime());
  });
});

describe('siteOfUrl', () => {
  it('names a page’s site by its host, lower case, without www.', () => {
    expect(siteOfUrl('https://WWW.Example.org:8080/path?q=1#x')).toBe('example.org');
    expect(siteOfUrl('http://user:pw@docs.example.org/')).toBe('docs.example.org');
    expect(siteOfUrl('http://127.0.0.1:4173/demo.html')).toBe('127.0.0.1');
    expect(siteOfUrl('file:///home/me/notes.html')).toBe('file');
    expect(siteOfUrl('garbage')).toBe('unknown');
  });
});

describe('searchHistory', () => {
  const names = new Map([['impermanent-loss', 'Impermanent loss']]);
  const name = (id: string): string => names.get(id) ?? id;
  const history = [
    { ...lookup('impermanent-loss', 1), sentence: 'LPs in Curve pools risk it.' },
    { ...lookup('gas', 2), title: 'Ethereum fees explained' },
    { ...lookup('gas', 3), sentence: 'Café owners pay gas.' },
  ];

  it('finds look-ups by term name, sentence, title or address, every word, accents and case aside, newest first', () => {
    expect(searchHistory(history, 'IMPERMANENT', name).map((e) => e.at)).toEqual([1]);
    expect(searchHistory(history, 'curve lps', name).map((e) => e.at)).toEqual([1]);
    expect(searchHistory(history, 'fees', name).map((e) => e.at)).toEqual([2]);
    expect(searchHistory(history, 'cafe', name).map((e) => e.at)).toEqual([3]);
    expect(searchHistory(history, 'gas', name).map((e) => e.at)).toEqual([3, 2]);
    expect(searchHistory(history, 'curve nothing', name)).toEqual([]);
    expect(searchHistory(history, '  ', name).map((e) => e.at)).toEqual([3, 2, 1]);
  });
});

describe('counts', () => {
  it('count look-ups per term and keep each term’s newest', () => {
    const history = [lookup('a', 1), lookup('b', 2), lookup('a', 3)];
    expect([...countByTerm(history)]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(latestByTerm(history).get('a')!.at).toBe(3);
  });
});
