import { useState } from 'react';
import type { EntryResponse } from '../lib/messages';

export interface TermCardProps {
  /** The entry to show; undefined while it loads. */
  entry: EntryResponse | undefined;
  /** Whether there is an earlier entry to go back to. */
  canGoBack: boolean;
  onOpenRelated: (id: string) => void;
  onBack: () => void;
  onClose: () => void;
}

/** The hover card: presentational only; the host decides what it shows and where. */
export function TermCard({ entry, canGoBack, onOpenRelated, onBack, onClose }: TermCardProps) {
  const [expanded, setExpanded] = useState(false);
  const [shownId, setShownId] = useState(entry?.id);
  if (entry?.id !== shownId) {
    // A new term collapses the body again.
    setShownId(entry?.id);
    setExpanded(false);
  }
  if (!entry) {
    return (
      <div className="tl-card" role="dialog" aria-label="Termlight" aria-busy="true">
        <p className="tl-short">Loading…</p>
      </div>
    );
  }
  return (
    <div className="tl-card" role="dialog" aria-label={`Termlight: ${entry.term}`} data-term-id={entry.id}>
      <header className="tl-head">
        {canGoBack && (
          <button type="button" className="tl-icon" onClick={onBack} aria-label="Back">
            ←
          </button>
        )}
        <h2 className="tl-term">{entry.term}</h2>
        <button type="button" className="tl-icon" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <ul className="tl-areas" aria-label="Areas">
        {entry.areas.map((a) => (
          <li key={a.id} className="tl-chip">
            {a.name}
          </li>
        ))}
      </ul>
      <p className="tl-short">{entry.short}</p>
      {expanded ? (
        <div className="tl-body">
          {entry.body.split('\n\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ) : (
        <button type="button" className="tl-more" onClick={() => setExpanded(true)}>
          Read more
        </button>
      )}
      {entry.aliases.length > 0 && (
        <p className="tl-aliases">
          <span className="tl-label">Also: </span>
          {entry.aliases.join(', ')}
        </p>
      )}
      {entry.related.length > 0 && (
        <nav className="tl-related" aria-label="Related terms">
          {entry.related.map((r) => (
            <button type="button" key={r.id} className="tl-link" onClick={() => onOpenRelated(r.id)}>
              {r.term}
            </button>
          ))}
        </nav>
      )}
    </div>
  );
}
