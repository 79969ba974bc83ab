import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDigest } from '../../lib/history/digest';
import { HISTORY_VERSION, historyValue, parseHistory, parseStudy } from '../../lib/history/schema';
import { joinSegments } from '../../lib/history/segments';
import type { Message } from '../../lib/messages';
import type { HistoryService, createHistoryService as Create } from '../../entrypoints/background/history-service';

// @wxt-dev/storage reaches the extension API through globalThis.chrome when it is imported:
// the fake browser stands in before the modules under test load.
vi.stubGlobal('chrome', fakeBrowser);
let createHistoryService: typeof Create;
beforeAll(async () => {
  ({ createHistoryService } = await import('../../entrypoints/background/history-service'));
});

const KNOWN = new Set(['gas', 'mev', 'funding-rate']);
type RecordMessage = Extract<Message, { type: 'termlight:record-lookup' }>;
const record = (term: string, over: Partial<RecordMessage> = {}): RecordMessage => ({
  type: 'termlight:record-lookup',
  term,
  sentence: `About ${term}.`,
  span: [6, 6 + term.length],
  url: 'https://docs.example.org/a',
  title: 'A',
  via: 'hover',
  ...over,
});
const tab = { tab: { incognito: false } };
const privateTab = { tab: { incognito: true } };

const stored = async (key: string): Promise<unknown> => (await fakeBrowser.storage.local.get(key))[key];
const history = async () => joinSegments({ archive: parseHistory(await stored('history')).value, tail: parseHistory(await stored('historyTail')).value });

describe('the background history service', () => {
  let service: HistoryService;
  beforeEach(() => {
    fakeBrowser.reset();
    service = createHistoryService((id) => Promise.resolve(KNOWN.has(id)));
  });

  it('records a look-up from an ordinary tab, with the time it arrived, and its digest', async () => {
    const before = Date.now();
    expect(await service.handle(record('gas'), tab)).toBe(true);
    const [entry] = await history();
    expect(entry).toMatchObject({ term: 'gas', sentence: 'About gas.', span: [6, 9], url: 'https://docs.example.org/a', via: 'hover' });
    expect(entry!.at).toBeGreaterThanOrEqual(before);
    // The newest look-ups go to the tail, as JSON text; the archive is left alone.
    expect(typeof (await stored('historyTail'))).toBe('string');
    expect(await stored('history')).toBeUndefined();
    expect(parseDigest(JSON.parse(String(await stored('historyDigest'))))?.total).toBe(1);
  });

  it('ignores look-ups from private tabs, and from senders that are not tabs', async () => {
    expect(await service.handle(record('gas'), privateTab)).toBe(false);
    expect(await service.handle(record('gas'), {})).toBe(false);
    expect(await stored('historyTail')).toBeUndefined();
  });

  it('records nothing while the reader has the history off', async () => {
    await fakeBrowser.storage.sync.set({ settings: { history: false } });
    expect(await service.handle(record('gas'), tab)).toBe(false);
    expect(await history()).toEqual([]);
  });

  it('ignores a term no glossary has', async () => {
    expect(await service.handle(record('no-such-term'), tab)).toBe(false);
    expect(await history()).toEqual([]);
  });

  it('keeps every look-up of tabs reporting at once', async () => {
    const results = await Promise.all(['gas', 'mev', 'funding-rate'].map((t, i) => service.handle(record(t, { url: `https://a.example/${i}` }), tab)));
    expect(results).toEqual([true, true, true]);
    expect((await history()).map((e) => e.term).sort()).toEqual(['funding-rate', 'gas', 'mev']);
  });

  it('leaves alone a history written by a newer version', async () => {
    await fakeBrowser.storage.local.set({ history: '{"format":"from the future"}', history$: { v: HISTORY_VERSION + 1 } });
    expect(await service.handle(record('gas'), tab)).toBe(false);
    expect(await stored('history')).toBe('{"format":"from the future"}');
  });

  it('reads a history stored before versions were kept as version 1', async () => {
    await fakeBrowser.storage.local.set({ history: historyValue([{ term: 'mev', at: 1000, sentence: '', url: 'https://a.example/', title: '', via: 'menu' }]) });
    expect(await service.handle(record('gas'), tab)).toBe(true);
    expect((await history()).map((e) => e.term)).toEqual(['mev', 'gas']);
  });

  it('stars and unstars, even from a private tab, and remembers a turned-down suggestion', async () => {
    expect(await service.handle({ type: 'termlight:set-starred', id: 'gas', starred: true }, privateTab)).toBe(true);
    expect(await service.handle({ type: 'termlight:set-starred', id: 'mev', starred: true }, {})).toBe(true);
    expect(await service.handle({ type: 'termlight:set-starred', id: 'gas', starred: false }, {})).toBe(true);
    expect(await service.handle({ type: 'termlight:dismiss-suggestion', id: 'funding-rate' }, {})).toBe(true);
    const study = parseStudy(await stored('study')).value;
    expect(study.terms.map((t) => t.id)).toEqual(['mev']);
    expect(study.dismissed).toEqual(['funding-rate']);
  });

  it('clears the history and its digest, whatever version wrote it, and keeps the study list', async () => {
    await service.handle(record('gas'), tab);
    await service.handle({ type: 'termlight:set-starred', id: 'gas', starred: true }, {});
    expect(await service.handle({ type: 'termlight:clear-history' }, {})).toBe(true);
    expect(await history()).toEqual([]);
    expect(parseDigest(JSON.parse(String(await stored('historyDigest'))))?.total).toBe(0);
    expect(parseStudy(await stored('study')).value.terms.map((t) => t.id)).toEqual(['gas']);
  });
});

describe('the history as the background keeps it', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores its version beside it from the first look-up on', async () => {
    const service = createHistoryService(() => Promise.resolve(true));
    await service.handle(record('gas'), tab);
    expect(await stored('history$')).toEqual({ v: HISTORY_VERSION });
    expect(await stored('historyTail$')).toEqual({ v: HISTORY_VERSION });
  });

  it('reads the history again when something else changed it', async () => {
    const service = createHistoryService(() => Promise.resolve(true));
    await service.handle(record('gas'), tab);
    await fakeBrowser.storage.local.set({ history: historyValue([{ term: 'mev', at: 1000, sentence: '', url: 'https://a.example/', title: '', via: 'menu' }]) });
    await service.handle(record('funding-rate'), tab);
    expect((await history()).map((e) => e.term)).toEqual(['mev', 'gas', 'funding-rate']);
  });
});
