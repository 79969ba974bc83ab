import { describe, expect, it } from 'vitest';
import { answer, readPageTerms, readReply, readScanPortAnswer, type Handlers } from './messages';

const getEntry = { type: 'termlight:get-entry', id: 'gas' } as const;
const readEntry = (raw: unknown) => readReply(getEntry, raw);

const entry = {
  id: 'gas',
  term: 'Gas',
  ambiguous: true,
  aliases: ['gas units'],
  areas: [{ id: 'transactions-fees-mev', name: 'Transactions, Fees and MEV' }],
  short: 'The unit of work.',
  body: 'Each operation costs gas.',
  related: [{ id: 'gwei', term: 'Gwei' }],
};

describe('replies are checked before use', () => {
  it('reads an entry as the background sends it, and nothing for an unknown id', () => {
    expect(readEntry(entry)).toEqual(entry);
    expect(readEntry(null)).toBeNull();
    expect(readEntry(undefined)).toBeUndefined();
  });

  it('refuses an entry that does not fit, rather than rendering half of it', () => {
    expect(readEntry({ ...entry, related: 'gwei' })).toBeUndefined();
    expect(readEntry({ ...entry, short: undefined })).toBeUndefined();
  });

  it('reads the page terms of a tab, with or without the marks flag an older content script leaves out', () => {
    const sent = { url: 'https://ethereum.org/', crypto: true, marks: true, terms: [{ id: 'mev', term: 'MEV', count: 3 }] };
    expect(readPageTerms(sent)).toEqual(sent);
    const { marks: _marks, ...older } = sent;
    expect(readPageTerms(older)).toEqual(older);
    for (const raw of [undefined, null, 'lit', {}, { url: sent.url, crypto: true }, { ...sent, url: 3 }, { ...sent, terms: [{ id: 'mev' }] }]) {
      expect(readPageTerms(raw)).toBeUndefined();
    }
  });
});

describe('every reply is read with its request', () => {
  it('reads each reply by the schema of the request it answers', () => {
    expect(readReply({ type: 'termlight:get-entry', id: 'gas' }, entry)).toEqual(entry);
    expect(readReply({ type: 'termlight:get-entry', id: 'nope' }, null)).toBeNull();
    expect(readReply({ type: 'termlight:get-entries', ids: ['gas', 'nope'] }, [entry, null])).toEqual([entry, null]);
    expect(readReply({ type: 'termlight:get-entries', ids: ['gas'] }, [{ ...entry, body: 1 }])).toBeUndefined();
    expect(readReply({ type: 'termlight:lookup-text', text: 'gas' }, 'gas')).toBe('gas');
    expect(readReply({ type: 'termlight:walk', direction: 1 }, 'yes')).toBeUndefined();
    expect(readReply({ type: 'termlight:judge-text', text: '' }, { crypto: false, distinctTerms: 0, words: 0 })).toEqual({ crypto: false, distinctTerms: 0, words: 0 });
  });

  it('gives a fire-and-forget reply no payload, whatever arrives', () => {
    const replies = [true, { id: 'gas' }].map((raw): unknown => readReply({ type: 'termlight:open-glossary', id: 'gas' }, raw));
    expect(replies).toEqual([undefined, undefined]);
  });

  it('decodes a scan reply only where it fits the texts sent', () => {
    const reply = { terms: [['gas', 'Gas', ['fees'], 1]], found: [1, 0, 3, 0], words: [1], ms: 2, wasm: true };
    const read = readReply({ type: 'termlight:scan', id: 0, texts: ['gas'] }, reply);
    expect(read?.matches[0]?.[0]).toMatchObject({ start: 0, end: 3, term: { id: 'gas', ambiguous: true } });
    expect(readReply({ type: 'termlight:scan', id: 0, texts: ['ga'] }, reply)).toBeUndefined();
  });

  it('reads the scan port envelope, not its reply', () => {
    expect(readScanPortAnswer({ id: 3, reply: { any: 1 } })).toEqual({ id: 3, reply: { any: 1 } });
    expect(readScanPortAnswer({ id: 4 })).toEqual({ id: 4, reply: undefined });
    for (const raw of [undefined, null, 3, {}, { id: '3', reply: 1 }]) expect(readScanPortAnswer(raw)).toBeUndefined();
  });
});

describe('answer', () => {
  const handlers: Handlers<'scan-port'> = {
    'termlight:scan': (message) => Promise.resolve({ terms: [], found: message.texts.map(() => 0), words: [], ms: 0, wasm: false }),
  };

  it("hands a receiver's own message to its handler", async () => {
    await expect(answer(handlers, { type: 'termlight:scan', id: 1, texts: ['a', 'b'] }, undefined)).resolves.toMatchObject({ found: [0, 0] });
  });

  it('leaves any other message, and one that did not parse, to other listeners', () => {
    expect(answer(handlers, { type: 'termlight:stats' }, undefined)).toBeUndefined();
    expect(answer(handlers, undefined, undefined)).toBeUndefined();
  });
});
