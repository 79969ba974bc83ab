import type { FuseResult } from 'fuse.js';
import type { SearchRecord } from '../lib/glossary/compile';

export interface SearchResultsProps {
  query: string;
  results: readonly FuseResult<SearchRecord>[];
  /** Size of the whole glossary, for the empty state. */
  total: number;
  onOpen: (id: string) => void;
}

export function SearchResults({ query, results, total, onOpen }: SearchResultsProps) {
  if (!query.trim()) return <p className="hint">Type a term: {total} entries to search.</p>;
  if (results.length === 0) return <p className="hint">No term matches “{query}”.</p>;
  return (
    <ol className="results" aria-label="Results">
      {results.map(({ item }) => (
        <li key={item.id}>
          <button type="button" className="result" onClick={() => onOpen(item.id)} data-term-id={item.id}>
            <span className="result-term">{item.term}</span>
            <span className="result-short">{item.short}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
