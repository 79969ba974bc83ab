import { strToU8, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { ANKI_FIELDS, stripHtml, type AnkiNote } from './anki-notes';

/**
 * Fixed ids for the note type and the deck: importing a later export into the same Anki
 * profile finds them again rather than adding "Termlight term+" and a second deck.
 */
export const NOTE_TYPE_ID = 1_765_000_000_000;
export const DECK_ID = 1_765_000_000_001;
export const NOTE_TYPE_NAME = 'Termlight term';
export const DECK_NAME = 'Termlight';

/**
 * The legacy collection schema (version 11), the one every Anki since 2.1 imports from
 * `collection.anki2` in a package and upgrades itself. Written from Anki's own description
 * of the schema (rslib/src/storage/schema11.sql in the Anki source).
 */
const SCHEMA = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

const FRONT = `<div class="term">{{Term}}</div>
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}`;

const BACK = `{{FrontSide}}
<hr id="answer">
<div class="definition">{{Definition}}</div>
{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}
{{#Related}}<div class="related">Related: {{Related}}</div>{{/Related}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}`;

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.45; text-align: left; color: #1f2328; background: #fffdf8; max-width: 40em; margin: 0 auto; }
.nightMode.card, .night_mode .card { color: #e8e6e3; background: #1d2127; }
.term { font-size: 26px; font-weight: 650; }
.sentence { margin-top: 12px; font-style: italic; }
.sentence b { font-style: normal; }
.definition { font-weight: 550; }
.explanation, .related, .source { margin-top: 10px; }
.related, .source { font-size: 15px; opacity: 0.8; }`;

/** The note type as schema 11 stores it: every key Anki's reader requires, and the usual defaults. */
function noteType(modSecs: number): Record<string, unknown> {
  return {
    id: NOTE_TYPE_ID,
    name: NOTE_TYPE_NAME,
    type: 0,
    mod: modSecs,
    usn: -1,
    sortf: 0,
    did: DECK_ID,
    tmpls: [{ name: 'Term', ord: 0, qfmt: FRONT, afmt: BACK, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 }],
    flds: ANKI_FIELDS.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // A card is made when the Term field is not empty.
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

function deck(id: number, name: string, modSecs: number): Record<string, unknown> {
  return {
    id,
    name,
    desc: id === DECK_ID ? 'Terms you looked up with Termlight, with the sentence you met each in.' : '',
    mod: modSecs,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

/** Anki's default options group, which both decks use. */
function deckOptions(modSecs: number): Record<string, unknown> {
  return {
    id: 1,
    name: 'Default',
    mod: modSecs,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  };
}

/** SHA-1 of the text, its first 8 hex digits as a number: Anki's checksum of a note's first field. */
async function checksum(text: string): Promise<number> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', strToU8(text)));
  return ((digest[0]! << 24) >>> 0) + (digest[1]! << 16) + (digest[2]! << 8) + digest[3]!;
}

export interface ApkgInput {
  /** sql.js, initialised by the caller: its WebAssembly loads differently in a page and in Node. */
  SQL: SqlJsStatic;
  notes: readonly AnkiNote[];
  /** Now, in ms: note and card ids and times derive from it. */
  now: number;
}

/**
 * An Anki package: a zip of `collection.anki2` (SQLite, schema 11) holding one note and one
 * new card per AnkiNote in the "Termlight" deck, and an empty `media` map.
 */
export async function buildApkg({ SQL, notes, now }: ApkgInput): Promise<Uint8Array> {
  const db = new SQL.Database();
  try {
    db.exec(SCHEMA);
    const secs = Math.floor(now / 1000);
    const conf = { nextPos: notes.length + 1, estTimes: true, activeDecks: [DECK_ID], sortType: 'noteFld', timeLim: 0, sortBackwards: false, addToCur: true, curDeck: DECK_ID, newSpread: 0, dueCounts: true, curModel: NOTE_TYPE_ID, collapseTime: 1200 };
    db.run('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      secs,
      now,
      now,
      JSON.stringify(conf),
      JSON.stringify({ [NOTE_TYPE_ID]: noteType(secs) }),
      JSON.stringify({ 1: deck(1, 'Default', secs), [DECK_ID]: deck(DECK_ID, DECK_NAME, secs) }),
      JSON.stringify({ 1: deckOptions(secs) }),
      '{}',
    ]);
    const addNote = db.prepare('insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const addCard = db.prepare('insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)');
    try {
      for (const [i, note] of notes.entries()) {
        const sortField = stripHtml(note.fields[0] ?? '');
        // Ids are times in ms in Anki; one apart keeps them unique and in export order.
        const id = now + i;
        addNote.run([id, note.guid, NOTE_TYPE_ID, secs, ` ${note.tags.join(' ')} `, note.fields.join('\x1f'), sortField, await checksum(sortField), '']);
        // New cards are shown in order of `due`, their position in the new queue.
        addCard.run([id, id, DECK_ID, secs, i + 1, '']);
      }
    } finally {
      addNote.free();
      addCard.free();
    }
    const collection = db.export();
    return zipSync({ 'collection.anki2': collection, media: strToU8('{}') });
  } finally {
    db.close();
  }
}
