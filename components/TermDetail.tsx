import type { EntryResponse } from '../lib/messages';
import { StarButton } from './StarButton';

export interface TermDetailProps {
  /** Undefined while the entry loads. */
  entry: EntryResponse | undefined;
  onOpen: (id: string) => void;
  onBack: () => void;
  /** On the reader's study list. */
  starred?: boolean;
  /** The star, as on the hover card; none without it. */
  onStar?: (starred: boolean) => void;
}

export function TermDetail({ entry, onOpen, onBack, starred = false, onStar }: TermDetailProps) {
  return (
    <article className="detail" aria-labelledby="detail-term" aria-busy={entry === undefined}>
      {/* Focus moves here so Esc and Tab keep working once the search box is gone. */}
      <button type="button" className="back" onClick={onBack} autoFocus>
        ← Results
      </button>
      {entry && (
        <>
          <div className="detail-head">
            <h1 id="detail-term">{entry.term}</h1>
            {onStar && <StarButton starred={starred} term={entry.term} onStar={onStar} />}
          </div>
          <p className="areas">{entry.areas.map((a) => a.name).join(' · ')}</p>
          <p className="short">{entry.short}</p>
          {entry.body.split('\n\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {entry.aliases.length > 0 && <p className="aliases">Also: {entry.aliases.join(', ')}</p>}
          {entry.related.length > 0 && (
            <nav className="related" aria-label="Related terms">
              {entry.related.map((r) => (
                <button type="button" key={r.id} onClick={() => onOpen(r.id)}>
                  {r.term}
                </button>
              ))}
            </nav>
          )}
        </>
      )}
    </article>
  );
}
