import { useState } from 'react';
import type { MergePreview } from '../lib/user-glossary/merge';
import type { ImportProblem } from '../lib/user-glossary/parse';
import type { UserEntry } from '../lib/user-glossary/schema';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'refused'; file: string; problems: ImportProblem[] }
  | { kind: 'preview'; file: string; preview: MergePreview };

export interface UserGlossaryPanelProps {
  entries: readonly UserEntry[];
  state: ImportState;
  onFile: (file: File) => void;
  onSave: () => void;
  onCancel: () => void;
  onExport: (format: 'json' | 'csv') => void;
  onClear: () => void;
}

/** Import, preview, save and export of the reader's own terms. */
export function UserGlossaryPanel({ entries, state, onFile, onSave, onCancel, onExport, onClear }: UserGlossaryPanelProps) {
  const [confirmClear, setConfirmClear] = useState(false);
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">Your glossary</h2>
      <p>
        {entries.length === 0 ? 'You have not added terms of your own.' : `${entries.length} terms of your own, marked and searchable like the bundled ones.`}{' '}
        Import a JSON file in the shape <code>npm run glossary:export</code> prints, or a CSV with the columns term, short, body, aliases, area.
      </p>
      <label className="file">
        Import a file{' '}
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </label>
      {state.kind === 'refused' && (
        <div role="alert" className="problems">
          <p>
            <strong>{state.file}</strong> was not imported; nothing changed. Fix these and try again:
          </p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>
                {p.row > 0 ? `Row ${p.row}` : 'File'}
                {p.field ? `, ${p.field}` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'preview' && (
        <div className="preview" role="region" aria-label="Import preview">
          <p>
            <strong>{state.file}</strong>: {state.preview.added.length} new, {state.preview.replaced.length} replacing your earlier entries,{' '}
            {state.preview.unchanged} unchanged.
          </p>
          {state.preview.replaced.length > 0 && (
            <p>Replaces: {state.preview.replaced.map((r) => r.before.term).join(', ')}.</p>
          )}
          {state.preview.overridesBundled.length > 0 && (
            <p>Your version will be shown instead of the bundled entry for: {state.preview.overridesBundled.join(', ')}.</p>
          )}
          <button type="button" onClick={onSave}>
            Save {state.preview.result.length} terms
          </button>{' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      <div className="row">
        <button type="button" onClick={() => onExport('json')} disabled={entries.length === 0}>
          Export JSON
        </button>
        <button type="button" onClick={() => onExport('csv')} disabled={entries.length === 0}>
          Export CSV
        </button>
        {confirmClear ? (
          <>
            <button type="button" onClick={() => {
                setConfirmClear(false);
                onClear();
              }}>
              Delete all {entries.length} of my terms
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              Keep them
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmClear(true)} disabled={entries.length === 0}>
            Delete my glossary…
          </button>
        )}
      </div>
    </section>
  );
}
