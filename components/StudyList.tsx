import { useState } from 'react';
import type { ExportFormat } from '../lib/history/export';
import type { Lookup } from '../lib/history/schema';
import type { Suggestion } from '../lib/history/suggest';
import { LookupSentence } from './LookupSentence';
import { StarButton } from './StarButton';


/** A starred term as the list shows it. */
export interface StudyRow {
  id: string;
  name: string;
  short: string;
  /** Its newest look-up, if it was ever looked up. */
  last?: Lookup;
}

export interface ExportButtonsProps {
  /** What the export holds, for the buttons' names: "study list", "history". */
  what: string;
  disabled: boolean;
  onExport: (format: ExportFormat) => void;
}

export function ExportButtons({ what, disabled, onExport }: ExportButtonsProps) {
  return (
    <div className="export" role="group" aria-label={`Export the ${what}`}>
      <button type="button" disabled={disabled} onClick={() => onExport('csv')} aria-label={`Export the ${what} as CSV`}>
        CSV
      </button>
      <button type="button" disabled={disabled} onClick={() => onExport('apkg')} aria-label={`Export the ${what} for Anki`}>
        Anki (.apkg)
      </button>
    </div>
  );
}

export interface SuggestionsProps {
  suggestions: readonly Suggestion[];
  name: (id: string) => string;
  onKnow: (id: string) => void;
  onDismiss: (id: string) => void;
}

/** Suggestions shown before "Show more": a question asked of a few terms at a time is answered. */
const FIRST_SUGGESTIONS = 5;

/** Terms met often enough to ask whether the reader knows them now (lib/history/suggest.ts). */
export function Suggestions({ suggestions, name, onKnow, onDismiss }: SuggestionsProps) {
  const [all, setAll] = useState(false);
  if (suggestions.length === 0) return null;
  const hidden = all ? 0 : suggestions.length - FIRST_SUGGESTIONS;
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Know these by now?</h2>
      <p className="hint">You have looked these up often. “I know this” stops marking them; their cards still open.</p>
      <ul>
        {(hidden > 0 ? suggestions.slice(0, FIRST_SUGGESTIONS) : suggestions).map((s) => (
          <li key={s.term} data-term-id={s.term}>
            <span className="suggestion-term">{name(s.term)}</span>{' '}
            <span className="count">
              {s.lookups} look-ups on {s.days} days{s.starred ? ', starred' : ''}
            </span>
            <span className="suggestion-actions">
              <button type="button" onClick={() => onKnow(s.term)} aria-label={`I know ${name(s.term)}`}>
                I know this
              </button>
              <button type="button" onClick={() => onDismiss(s.term)} aria-label={`Not yet: keep marking ${name(s.term)}`}>
                Not yet
              </button>
            </span>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="more" onClick={() => setAll(true)}>
          Show {hidden} more
        </button>
      )}
    </section>
  );
}

export interface StudyListProps {
  /** Undefined while the list is read. */
  rows: readonly StudyRow[] | undefined;
  /** Whether a search filters the list (changes what an empty list says). */
  filtered?: boolean;
  onOpen: (id: string) => void;
  onUnstar: (id: string) => void;
}

/** The reader's study list: each starred term, its definition and the sentence it was last met in. */
export function StudyList({ rows, filtered = false, onOpen, onUnstar }: StudyListProps) {
  if (!rows) return <p className="hint">Reading your study list…</p>;
  if (rows.length === 0) {
    return <p className="hint">{filtered ? 'No starred term matches.' : 'No terms yet. Star a term on its card (☆) to study it here and export it to Anki.'}</p>;
  }
  return (
    <ul className="lookups study" aria-label="Study list">
      {rows.map((row) => (
        <li key={row.id} className="lookup" data-term-id={row.id}>
          <div className="lookup-head">
            <StarButton starred term={row.name} onStar={(on) => !on && onUnstar(row.id)} />
            <button type="button" className="lookup-term" onClick={() => onOpen(row.id)}>
              {row.name}
            </button>
          </div>
          <p className="lookup-short">{row.short}</p>
          {row.last && <LookupSentence lookup={row.last} />}
        </li>
      ))}
    </ul>
  );
}
