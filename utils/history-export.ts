// Loaded with import() from the popup and the options page only, when the reader exports:
// sql.js and its WebAssembly (about 700 KB) stay out of every other page and the content script.
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { ankiNotes } from '../lib/history/anki-notes';
import { buildApkg } from '../lib/history/apkg';
import { exportCsv } from '../lib/history/csv';
import { csvItems, exportFileName, exportTermIds, itemsPerTerm, type ExportFormat, type ExportScope } from '../lib/history/export';
import type { Lookup, Study } from '../lib/history/schema';
import type { EntryResponse } from '../lib/messages';
import { download } from './download';
import { sendToBackground } from './messaging';

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
  entries: readonly Lookup[];
  study: Study;
}

/** Full entries for the ids, from the background, which alone holds the bodies. */
async function fullEntries(ids: string[]): Promise<Map<string, EntryResponse>> {
  const reply = await sendToBackground({ type: 'termlight:get-entries', ids });
  // Without them the file would hold no definitions: better no file and a notice.
  if (!reply) throw new Error('the background sent no entries');
  const out = new Map<string, EntryResponse>();
  reply.forEach((entry, i) => {
    if (entry) out.set(ids[i]!, entry);
  });
  return out;
}

/** Builds the file and hands it to the browser as a download; resolves to how many rows or notes it holds. */
export async function exportHistory({ scope, format, entries, study }: ExportRequest): Promise<number> {
  const known = await fullEntries(exportTermIds({ scope, entries, study }));
  const input = { scope, entries, study, entry: (id: string) => known.get(id) };
  const now = Date.now();
  if (format === 'csv') {
    const items = csvItems(input);
    download(exportFileName(scope, now, 'csv'), exportCsv(items), 'text/csv;charset=utf-8');
    return items.length;
  }
  const items = itemsPerTerm(input);
  const SQL = await initSqlJs({ locateFile: () => wasmUrl });
  download(exportFileName(scope, now, 'apkg'), await buildApkg({ SQL, notes: ankiNotes(items), now }), 'application/octet-stream');
  return items.length;
}
