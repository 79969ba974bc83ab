import { useCallback, useMemo, useState } from 'react';
import { HistoryList } from '../../components/HistoryList';
import { ExportButtons, StudyList, Suggestions } from '../../components/StudyList';
import { searchHistory } from '../../lib/history/group';
import type { Settings } from '../../lib/settings/schema';
import { clearHistory, dismissSuggestion, setStarred } from '../../utils/history-actions';
import { useHistoryData } from '../../utils/use-history';
import { useStudy, type TermText } from '../../utils/use-study';
import { withItem } from '../../lib/settings/lists';

/** Look-ups listed at first, and added by each "Show more": a long history renders in steps. */
const PAGE = 100;

export interface HistoryPanelProps {
  settings: Settings;
  update: (change: (current: Settings) => Partial<Settings>) => void;
  describe: (id: string) => TermText;
}

/** The options page's "History" view: the switch, search, the study list, suggestions, every look-up, exports. */
export function HistoryPanel({ settings, update, describe }: HistoryPanelProps) {
  const { entries, study } = useHistoryData(true);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [confirming, setConfirming] = useState(false);
  // Fixed while the page is open: "today" does not move under the reader's eyes.
  const [now] = useState(Date.now);
  const name = useCallback((id: string) => describe(id).name, [describe]);
  const { rows, suggestions, exporting, notice, exportAs } = useStudy({ entries, study, knownTerms: settings.knownTerms, describe, query });
  const found = useMemo(() => (entries ? searchHistory(entries, query, name) : []), [entries, query, name]);
  const starred = useMemo(() => new Set(study?.terms.map((t) => t.id)), [study]);

  return (
    <div className="history-panel">
      <section aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <label>
          <input type="checkbox" checked={settings.history} onChange={(e) => update(() => ({ history: e.target.checked }))} /> Keep a history of the terms
          I look up, with the sentence and page I met each on
        </label>
        <p className="muted">
          Kept in this browser only, the newest 5,000 look-ups. Private windows record nothing. The study list stays when you clear the history.
        </p>
        <input
          type="search"
          className="history-search"
          placeholder="Search terms, sentences and pages"
          aria-label="Search your history and study list"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setShown(PAGE);
          }}
        />
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
      </section>
      <section aria-labelledby="study-title">
        <div className="section-head">
          <h2 id="study-title">Study list</h2>
          <ExportButtons what="study list" disabled={exporting || !study || study.terms.length === 0 || !entries} onExport={(f) => exportAs('study', f)} />
        </div>
        <StudyList rows={rows} filtered={query.trim() !== ''} onOpen={(id) => (location.hash = `term=${id}`)} onUnstar={(id) => void setStarred(id, false)} />
      </section>
      <Suggestions
        suggestions={suggestions}
        name={name}
        onKnow={(id) => update((s) => ({ knownTerms: withItem(s.knownTerms, id, true) }))}
        onDismiss={(id) => void dismissSuggestion(id)}
      />
      <section aria-labelledby="lookups-title">
        <div className="section-head">
          <h2 id="lookups-title">Looked up</h2>
          <ExportButtons what="history" disabled={exporting || !entries || entries.length === 0} onExport={(f) => exportAs('history', f)} />
        </div>
        {!entries ? (
          <p className="muted">Reading your history…</p>
        ) : entries.length === 0 ? (
          <p className="muted">Nothing looked up yet.</p>
        ) : (
          <>
            <p className="muted">{query.trim() ? `${found.length} of ${entries.length} look-ups match.` : `${entries.length} look-ups.`}</p>
            <HistoryList lookups={found.slice(0, shown)} now={now} name={name} starred={starred} onStar={(id, on) => void setStarred(id, on)} />
            {found.length > shown && (
              <button type="button" onClick={() => setShown((n) => n + PAGE)}>
                Show more
              </button>
            )}
            <div className="row">
              {confirming ? (
                <>
                  <span>Delete all {entries.length} look-ups? This cannot be undone.</span>
                  <button
                    type="button"
                    onClick={() => {
                      setConfirming(false);
                      void clearHistory();
                    }}
                  >
                    Delete them
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    Keep them
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setConfirming(true)}>
                  Clear history…
                </button>
              )}
            </div>
          </>
        )}
      </section>
    </div>
  );
}
