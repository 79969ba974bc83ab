import { useMemo, useState } from 'react';
import { search } from 'virtual:termlight/search';
import { SearchResults } from '../../components/SearchResults';
import { TermDetail } from '../../components/TermDetail';
import { createSearch } from '../../lib/search/search-index';
import { useEntry } from './use-entry';

const MAX_RESULTS = 30;

export function App() {
  const index = useMemo(() => createSearch(search), []);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | undefined>();
  const results = useMemo(() => index.search(query, MAX_RESULTS), [index, query]);
  const entry = useEntry(openId);

  return (
    <main className="popup">
      <input
        className="search"
        type="search"
        placeholder="Search the glossary"
        aria-label="Search the glossary"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpenId(undefined);
        }}
      />
      {openId ? (
        <TermDetail entry={entry} onOpen={setOpenId} onBack={() => setOpenId(undefined)} />
      ) : (
        <SearchResults query={query} results={results} onOpen={setOpenId} total={search.length} />
      )}
    </main>
  );
}
