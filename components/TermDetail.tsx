import type { GlossaryEntry } from '../lib/glossary/schema';

export interface TermDetailProps {
  entry: GlossaryEntry;
  areaName: (id: string) => string;
  termOf: (id: string) => string | undefined;
  onOpen: (id: string) => void;
  onBack: () => void;
}

export function TermDetail({ entry, areaName, termOf, onOpen, onBack }: TermDetailProps) {
  return (
    <article className="detail" aria-labelledby="detail-term">
      <button type="button" className="back" onClick={onBack}>
        ← Results
      </button>
      <h1 id="detail-term">{entry.term}</h1>
      <p className="areas">{entry.areas.map(areaName).join(' · ')}</p>
      <p className="short">{entry.short}</p>
      {entry.body.split('\n\n').map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {entry.aliases.length > 0 && <p className="aliases">Also: {entry.aliases.join(', ')}</p>}
      {entry.related.length > 0 && (
        <nav className="related" aria-label="Related terms">
          {entry.related.map((id) => (
            <button type="button" key={id} onClick={() => onOpen(id)}>
              {termOf(id) ?? id}
            </button>
          ))}
        </nav>
      )}
    </article>
  );
}
