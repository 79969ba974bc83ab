import { useCallback, useMemo, useState } from 'react';
import type { ExportFormat, ExportScope } from '../lib/history/export';
import { fold, latestByTerm } from '../lib/history/group';
import type { Lookup, Study } from '../lib/history/schema';
import { suggestKnown, type Suggestion } from '../lib/history/suggest';
import type { StudyRow } from '../components/StudyList';

export interface TermText {
  name: string;
  short: string;
}

export interface StudyInput {
  entries: readonly Lookup[] | undefined;
  study: Study | undefined;
  knownTerms: readonly string[];
  /** A term id's name and definition, from the page's own copy of the glossary. */
  describe: (id: string) => TermText;
  /** Filters the study list by every word (name, definition, sentence). */
  query?: string;
}

export interface StudyState {
  rows: StudyRow[] | undefined;
  suggestions: Suggestion[];
  /** An export is being built. */
  exporting: boolean;
  /** What the last export did, for a status line. */
  notice: string | undefined;
  exportAs: (scope: ExportScope, format: ExportFormat) => void;
}

/** The study list, the "I know this" suggestions and exports, for the popup and the options page. */
export function useStudy({ entries, study, knownTerms, describe, query = '' }: StudyInput): StudyState {
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const rows = useMemo(() => {
    if (!study) return undefined;
    const latest = latestByTerm(entries ?? []);
    const words = fold(query).split(/\s+/).filter(Boolean);
    // Newest star first: what the reader just starred is what they look for.
    return [...study.terms].reverse().flatMap(({ id }): StudyRow[] => {
      const { name, short } = describe(id);
      const last = latest.get(id);
      const text = fold(`${name} ${short} ${last?.sentence ?? ''}`);
      if (!words.every((w) => text.includes(w))) return [];
      return [last ? { id, name, short, last } : { id, name, short }];
    });
  }, [study, entries, describe, query]);
  const suggestions = useMemo(
    () => (study && entries ? suggestKnown({ entries, study, known: knownTerms }) : []),
    [entries, study, knownTerms],
  );
  const exportAs = useCallback(
    (scope: ExportScope, format: ExportFormat) => {
      if (!study || !entries) return;
      setExporting(true);
      setNotice(undefined);
      import('./history-export')
        .then((m) => m.exportHistory({ scope, format, entries, study }))
        .then((count) => setNotice(`Exported ${count} ${format === 'apkg' ? (count === 1 ? 'note' : 'notes') : count === 1 ? 'row' : 'rows'}.`))
        .catch((error: unknown) => setNotice(`The export failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => setExporting(false));
    },
    [entries, study],
  );
  return { rows, suggestions, exporting, notice, exportAs };
}
