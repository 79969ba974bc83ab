import { unzipSync, strFromU8 } from 'fflate';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANKI_FIELDS, ankiNotes } from './anki-notes';
import { DECK_ID, NOTE_TYPE_ID, buildApkg } from './apkg';
import { itemsPerTerm } from './export';
import { entryOf, lookupOf } from './test-items';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const NOW = 1_765_100_000_000;
const rows = (db: Database, sql: string): Record<string, unknown>[] => {
  const [result] = db.exec(sql);
  return result ? result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i]]))) : [];
};

/** Builds a package and opens it as Anki would: unzip, then the SQLite collection inside. */
async function openPackage() {
  const entries = [
    lookupOf('impermanent-loss', NOW - 5000, { sentence: 'LPs on Curve <script> suffer impermanent loss & more.', span: [29, 45] }),
    lookupOf('gas', NOW - 4000, { sentence: 'Gas prices spiked.', span: undefined, url: 'javascript:alert(1)' }),
  ];
  const study = { terms: [{ id: 'impermanent-loss', at: NOW - 9000 }, { id: 'gas', at: NOW - 8000 }, { id: 'mev', at: NOW - 7000 }], dismissed: [] };
  const entry = (id: string) =>
    entryOf(id, {
      aliases: id === 'gas' ? ['gas fee'] : [],
      related: id === 'impermanent-loss' ? [{ id: 'amm', term: 'AMM' }, { id: 'lp', term: 'Liquidity <provider>' }] : [],
    });
  const notes = ankiNotes(itemsPerTerm({ scope: 'study', entries, study, entry }));
  const zip = unzipSync(await buildApkg({ SQL, notes, now: NOW }));
  return { files: zip, db: new SQL.Database(zip['collection.anki2']) };
}

describe('the Anki package', () => {
  it('is a zip of a schema-11 collection and an empty media map', async () => {
    const { files, db } = await openPackage();
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    expect(JSON.parse(strFromU8(files.media!))).toEqual({});
    const tables = rows(db, "select name from sqlite_master where type = 'table' order by name").map((r) => r.name);
    expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    expect(rows(db, 'select ver from col')).toEqual([{ ver: 11 }]);
  });

  it('holds one note per starred term with the term and its sentence, the term bold and the page’s markup escaped', async () => {
    const { db } = await openPackage();
    const notes = rows(db, 'select guid, mid, flds, sfld, tags, csum from notes order by id');
    expect(notes.map((n) => n.guid)).toEqual(['termlight-impermanent-loss', 'termlight-gas', 'termlight-mev']);
    const fields = notes.map((n) => String(n.flds).split('\x1f'));
    expect(fields.every((f) => f.length === ANKI_FIELDS.length)).toBe(true);
    const [loss, gas, mev] = fields.map((f) => Object.fromEntries(ANKI_FIELDS.map((name, i) => [name, f[i]])));
    expect(loss!.Term).toBe('Impermanent loss');
    expect(loss!.Sentence).toBe('LPs on Curve &#60;script&#62; suffer <b>impermanent loss</b> &#38; more.');
    expect(loss!.Definition).toBe('The short definition of impermanent-loss.');
    expect(loss!.Explanation).toBe('First paragraph about impermanent-loss.<br><br>Second paragraph.');
    expect(loss!.Related).toBe('AMM, Liquidity &#60;provider&#62;');
    expect(loss!.Source).toBe('<a href="https://docs.example.org/impermanent-loss">Page on impermanent-loss</a>');
    // No span recorded: the term is found in its sentence; an address that is not the web is no link.
    expect(gas!.Sentence).toBe('<b>Gas</b> prices spiked.');
    expect(gas!.Source).toBe('Page on gas');
    // Starred, never looked up: no sentence, no source.
    expect([mev!.Term, mev!.Sentence, mev!.Source]).toEqual(['Mev', '', '']);
    expect(notes.every((n) => n.mid === NOTE_TYPE_ID && n.tags === ' termlight defi ')).toBe(true);
    expect(notes[1]!.sfld).toBe('Gas');
    // Anki's checksum: the first 8 hex digits of the SHA-1 of the first field.
    const sha = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode('Gas')));
    expect(notes[1]!.csum).toBe(Number.parseInt(Buffer.from(sha.slice(0, 4)).toString('hex'), 16));
  });

  it('gives every note one new card in the Termlight deck, in export order', async () => {
    const { db } = await openPackage();
    const cards = rows(db, 'select c.nid, c.did, c.ord, c.type, c.queue, c.due from cards c join notes n on n.id = c.nid order by c.due');
    expect(cards.map((c) => [c.did, c.ord, c.type, c.queue, c.due])).toEqual([
      [DECK_ID, 0, 0, 0, 1],
      [DECK_ID, 0, 0, 0, 2],
      [DECK_ID, 0, 0, 0, 3],
    ]);
  });

  it('describes its note type, decks and options with every key Anki requires to read them', async () => {
    const { db } = await openPackage();
    const [col] = rows(db, 'select models, decks, dconf, conf, tags from col');
    const models = JSON.parse(String(col!.models)) as Record<string, Record<string, unknown>>;
    const model = models[NOTE_TYPE_ID]!;
    // The keys Anki's schema-11 reader has no default for (rslib/src/notetype/schema11.rs).
    for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']) expect(model).toHaveProperty(key);
    expect((model.flds as { name: string; ord: number }[]).map((f) => [f.name, f.ord])).toEqual(ANKI_FIELDS.map((n, i) => [n, i]));
    const [template] = model.tmpls as { qfmt: string; afmt: string; name: string; ord: number }[];
    expect(template!.qfmt).toContain('{{Term}}');
    expect(template!.qfmt).toContain('{{Sentence}}');
    for (const field of ['Definition', 'Explanation', 'Related']) expect(template!.afmt).toContain(`{{${field}}}`);
    const decks = JSON.parse(String(col!.decks)) as Record<string, Record<string, unknown>>;
    expect(Object.keys(decks).sort()).toEqual(['1', String(DECK_ID)]);
    for (const deck of Object.values(decks)) {
      for (const key of ['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday', 'collapsed', 'dyn', 'conf']) expect(deck).toHaveProperty(key);
    }
    const dconf = JSON.parse(String(col!.dconf)) as Record<string, Record<string, Record<string, unknown>>>;
    for (const key of ['id', 'mod', 'name', 'usn', 'maxTaken', 'autoplay', 'timer', 'new', 'rev', 'lapse']) expect(dconf['1']).toHaveProperty(key);
    for (const key of ['delays', 'initialFactor', 'ints', 'order', 'perDay']) expect(dconf['1']!.new).toHaveProperty(key);
    for (const key of ['ease4', 'ivlFct', 'maxIvl', 'perDay']) expect(dconf['1']!.rev).toHaveProperty(key);
    for (const key of ['delays', 'leechAction', 'leechFails', 'minInt', 'mult']) expect(dconf['1']!.lapse).toHaveProperty(key);
    expect(JSON.parse(String(col!.conf))).toMatchObject({ curModel: NOTE_TYPE_ID, nextPos: 4 });
    expect(JSON.parse(String(col!.tags))).toEqual({});
  });
});
