import { useMemo, useState } from 'react';
import { areas, entries, search } from 'virtual:termlight/glossary';
import { SearchResults } from '../../components/SearchResults';
import { TermDetail } from '../../components/TermDetail';
import { createSearch } from '../../lib/search/search-index';

const MAX_RESULTS = 30;

export function App() {
  const fuse = useMemo(() => createSearch(search), []);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), []);
  const areaNames = useMemo(() => new Map(areas.map((a) => [a.id, a.name])), []);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | undefined>();

  const results = useMemo(() => fuse.search(query, MAX_RESULTS), [fuse, query]);
  const open = openId ? byId.get(openId) : undefined;

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
      {open ? (
        <TermDetail
          entry={open}
          areaName={(id) => areaNames.get(id) ?? id}
          termOf={(id) => byId.get(id)?.term}
          onOpen={setOpenId}
          onBack={() => setOpenId(undefined)}
        />
      ) : (
        <SearchResults query={query} results={results} onOpen={setOpenId} total={entries.length} />
      )}
    </main>
  );
}
