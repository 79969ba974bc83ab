import type { SearchHit } from '../lib/search/search-index';
import { Highlighted } from './Highlighted';

export interface SearchResultsProps {
  query: string;
  results: readonly SearchHit[];
  /** Index of the result the arrow keys have reached. */
  active: number;
  /** Size of the whole glossary, for the empty state. */
  total: number;
  onOpen: (id: string) => void;
}

export const resultId = (id: string): string => `result-${id}`;

/** The listbox half of the search combobox; the input owns focus and the arrow keys. */
export function SearchResults({ query, results, active, total, onOpen }: SearchResultsProps) {
  if (!query.trim()) return <p className="hint">Type a term: {total} entries to search.</p>;
  if (results.length === 0) return <p className="hint">No term matches “{query}”.</p>;
  return (
    <ul className="results" role="listbox" id="results" aria-label="Results">
      {results.map(({ item, matchedName, indices }, i) => (
        <li
          key={item.id}
          id={resultId(item.id)}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'result active' : 'result'}
          data-term-id={item.id}
          onClick={() => onOpen(item.id)}
        >
          <span className="result-term">
            {matchedName === item.term ? <Highlighted text={item.term} spans={indices} /> : item.term}
          </span>
          {matchedName !== undefined && matchedName !== item.term && (
            <span className="result-alias">
              {' '}
              (<Highlighted text={matchedName} spans={indices} />)
            </span>
          )}
          <span className="result-short">{item.short}</span>
        </li>
      ))}
    </ul>
  );
}
