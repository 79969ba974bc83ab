import { useRef, useState } from 'react';
import type { EntryResponse } from '../lib/messages';

export interface TermCardProps {
  /** The entry to show; undefined while it loads; null when there is none. */
  entry: EntryResponse | null | undefined;
  /** What was looked up, for the "nothing found" state. */
  query?: string;
  /** Whether there is an earlier entry to go back to. */
  canGoBack: boolean;
  pinned: boolean;
  /** The reader already marked this term as known. */
  known: boolean;
  onOpenRelated: (id: string) => void;
  onBack: () => void;
  onClose: () => void;
  onPin: (pinned: boolean) => void;
  onKnow: (known: boolean) => void;
  /** On the reader's study list. */
  starred?: boolean;
  /** The star: add the term to the study list or take it off. No star without it. */
  onStar?: (starred: boolean) => void;
  /** Offered on ambiguous words only: stop marking this word on this site. */
  onNotThisMeaning: () => void;
  onSearch: (id: string) => void;
  /** n / p: the next or previous marked term on the page. */
  onStep?: (direction: 1 | -1) => void;
}

/** Keeps Tab and Shift+Tab cycling through the card's own controls. */
function trapTab(event: React.KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('button, a[href]')];
  const first = focusable[0];
  const last = focusable.at(-1);
  const active = (event.currentTarget.getRootNode() as ShadowRoot | Document).activeElement;
  if (!first || !last) return;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The hover card: presentational only; the host decides what it shows and where. */
export function TermCard(props: TermCardProps) {
  const { entry, canGoBack, pinned, known, starred = false, onOpenRelated, onBack, onClose, onPin, onKnow, onStar, onNotThisMeaning, onSearch, onStep } = props;
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>): void => {
    if (onStep && !event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'n' || event.key === 'p')) {
      event.preventDefault();
      event.stopPropagation();
      onStep(event.key === 'n' ? 1 : -1);
      return;
    }
    trapTab(event);
  };
  const [expanded, setExpanded] = useState(false);
  const shownId = useRef(entry?.id);
  if (entry?.id !== shownId.current) {
    // A new term starts collapsed again.
    shownId.current = entry?.id;
    if (expanded) setExpanded(false);
  }
  if (entry === undefined) {
    return (
      <div className="tl-card" role="dialog" aria-label="Termlight" aria-busy="true" tabIndex={-1}>
        <p className="tl-short">Loading…</p>
      </div>
    );
  }
  if (entry === null) {
    return (
      <div className="tl-card" role="dialog" aria-label="Termlight" tabIndex={-1} onKeyDown={onKeyDown}>
        <header className="tl-head">
          <h2 className="tl-term">Not in the glossary</h2>
          <button type="button" className="tl-icon" onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        <p className="tl-short">Termlight has no entry for “{props.query}”.</p>
      </div>
    );
  }
  return (
    // Keyed by entry: a new term is a new dialog, announced once when it takes focus.
    <div
      key={entry.id}
      className="tl-card"
      role="dialog"
      aria-labelledby="tl-term"
      aria-keyshortcuts={onStep ? 'n p Escape' : 'Escape'}
      data-term-id={entry.id}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="tl-head">
        {canGoBack && (
          <button type="button" className="tl-icon" onClick={onBack} aria-label="Back">
            ←
          </button>
        )}
        <h2 className="tl-term" id="tl-term">
          {entry.term}
        </h2>
        {onStar && (
          <button
            type="button"
            className="tl-icon tl-star"
            onClick={() => onStar(!starred)}
            aria-pressed={starred}
            aria-label="Add to study list"
            title={starred ? 'On your study list' : 'Add to your study list'}
          >
            {starred ? '★' : '☆'}
          </button>
        )}
        <button type="button" className="tl-icon" onClick={() => onPin(!pinned)} aria-pressed={pinned} aria-label="Pin the card">
          {pinned ? '●' : '○'}
        </button>
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
        entry.body && (
          <button type="button" className="tl-more" onClick={() => setExpanded(true)} aria-expanded={false}>
            Read more
          </button>
        )
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
      <footer className="tl-actions">
        <button type="button" className="tl-action" onClick={() => onSearch(entry.id)}>
          Search in Termlight
        </button>
        <button type="button" className="tl-action" onClick={() => onKnow(!known)} aria-pressed={known}>
          {known ? 'Mark it again' : 'I know this'}
        </button>
        {entry.ambiguous && (
          <button type="button" className="tl-action" onClick={onNotThisMeaning}>
            Not this meaning
          </button>
        )}
      </footer>
    </div>
  );
}
