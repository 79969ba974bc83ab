import { useState } from 'react';
import { entries } from 'virtual:termlight/entries';
import type { ImportState } from '../../components/UserGlossaryPanel';
import { exportEntries } from '../../lib/glossary/compile';
import { toCsv } from '../../lib/user-glossary/csv';
import { previewMerge } from '../../lib/user-glossary/merge';
import { parseGlossaryImport } from '../../lib/user-glossary/parse';
import type { UserEntry } from '../../lib/user-glossary/schema';
import { download } from '../../utils/download';
import { saveUserGlossary } from '../../utils/user-glossary-store';

const BUNDLED_IDS = new Set(entries.map((e) => e.id));

/**
 * The reader's glossary file flows: a picked file is parsed and previewed against what is
 * stored (refused whole if any row is bad), saved only on confirmation; export and delete.
 */
export function useGlossaryImport(mine: readonly UserEntry[], notify: (message: string) => void) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  return {
    state,
    onFile: (file: File) =>
      void file.text().then((text) => {
        const parsed = parseGlossaryImport(text, file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'auto');
        setState(
          parsed.problems.length > 0
            ? { kind: 'refused', file: file.name, problems: parsed.problems }
            : { kind: 'preview', file: file.name, preview: previewMerge({ existing: [...mine], incoming: parsed.entries, bundledIds: BUNDLED_IDS }) },
        );
      }),
    onSave: () => {
      if (state.kind !== 'preview') return;
      void saveUserGlossary(state.preview.result).then(() => {
        notify(`Saved ${state.preview.result.length} terms of your own.`);
        setState({ kind: 'idle' });
      });
    },
    onCancel: () => setState({ kind: 'idle' }),
    onExport: (format: 'csv' | 'json') =>
      format === 'csv'
        ? download('termlight-glossary.csv', toCsv(mine), 'text/csv')
        : download('termlight-glossary.json', `${JSON.stringify(exportEntries(mine), null, 2)}\n`, 'application/json'),
    onClear: () => void saveUserGlossary([]).then(() => notify('Your glossary was deleted.')),
  };
}
