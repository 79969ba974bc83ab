import { useCallback, useMemo, useState } from 'react';
import { RecentLookups } from '../../components/RecentLookups';
import { ExportButtons, StudyList, Suggestions } from '../../components/StudyList';
import type { SearchRecord } from '../../lib/glossary/compile';
import type { Settings } from '../../lib/settings/schema';
import { dismissSuggestion, setStarred } from '../../utils/history-actions';
import type { HistoryData } from '../../utils/use-history';
import { useRecentView } from '../../utils/use-recent';
import { useStudy, type TermText } from '../../utils/use-study';
import { withItem } from '../../lib/settings/lists';

export interface HistoryTabProps {
  data: HistoryData;
  records: readonly SearchRecord[];
  settings: Settings | undefined;
  update: (change: (current: Settings) => Partial<Settings>) => void;
  onOpen: (id: string) => void;
}

/** A term's name and definition from the popup's search records; the id for a term since removed. */
function useDescribe(records: readonly SearchRecord[]): (id: string) => TermText {
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  return useCallback((id: string) => {
    const r = byId.get(id);
    return r ? { name: r.term, short: r.short } : { name: id, short: '' };
  }, [byId]);
}

/** "Recent": today, this week, by site (lib/history/group.ts). */
export function RecentTab({ data, records, settings, onOpen }: HistoryTabProps) {
  const describe = useDescribe(records);
  // Fixed while the popup is open, like the view built from it.
  const [now] = useState(Date.now);
  const view = useRecentView(now);
  const starred = useMemo(() => new Set(data.study?.terms.map((t) => t.id)), [data.study]);
  return (
    <RecentLookups
      view={view}
      recording={settings?.history !== false}
      now={now}
      name={(id) => describe(id).name}
      starred={starred}
      onOpen={onOpen}
      onStar={(id, on) => void setStarred(id, on)}
    />
  );
}

/** "Study": the starred terms, terms to mark as known, and the exports. */
export function StudyTab({ data, records, settings, update, onOpen }: HistoryTabProps) {
  const describe = useDescribe(records);
  const knownTerms = settings?.knownTerms;
  const { rows, suggestions, exporting, notice, exportAs } = useStudy({ entries: data.entries, study: data.study, knownTerms: knownTerms ?? [], describe });
  return (
    <div className="study-tab">
      <div className="study-bar">
        <span className="hint">{rows ? `${rows.length} starred` : ''}</span>
        <ExportButtons what="study list" disabled={exporting || !rows || rows.length === 0 || !data.entries} onExport={(format) => exportAs('study', format)} />
      </div>
      {notice && (
        <p className="hint" role="status">
          {notice}
        </p>
      )}
      <StudyList rows={rows} onOpen={onOpen} onUnstar={(id) => void setStarred(id, false)} />
      <Suggestions
        suggestions={suggestions}
        name={(id) => describe(id).name}
        onKnow={(id) => update((s) => ({ knownTerms: withItem(s.knownTerms, id, true) }))}
        onDismiss={(id) => void dismissSuggestion(id)}
      />
    </div>
  );
}
