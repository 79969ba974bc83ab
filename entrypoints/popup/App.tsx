import { useEffect, useMemo, useRef, useState } from 'react';
import { areas } from 'virtual:termlight/search';
import { PageTerms } from '../../components/PageTerms';
import { SearchResults, resultId } from '../../components/SearchResults';
import { SiteNotice } from '../../components/SiteNotice';
import { SiteSwitch } from '../../components/SiteSwitch';
import { siteOf } from '../../lib/sites/domains';
import { notLitNotice } from '../../lib/sites/not-lit';
import { isUnknownSite } from '../../lib/sites/page-mode';
import { TermDetail } from '../../components/TermDetail';
import { useEntry } from '../../utils/use-entry';
import { useSettings } from '../../utils/use-settings';
import { browser } from 'wxt/browser';
import { setStarred } from '../../utils/history-actions';
import { enableSite } from '../../utils/site-permissions';
import { useHistoryData } from '../../utils/use-history';
import { prefetchRecent } from '../../utils/use-recent';
import { RecentTab, StudyTab } from './HistoryTabs';
import { usePageJudgement } from './use-judgement';
import { useActivePage } from './use-page';
import { useGlossarySearch } from './use-search';
import { withItem } from '../../lib/settings/lists';

const MAX_RESULTS = 30;

function hostOf(url: string): string | undefined {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

export function App() {
  const { search, records } = useGlossarySearch();
  const { settings, update } = useSettings();
  const page = useActivePage();
  const [tab, setTab] = useState<'search' | 'page' | 'recent' | 'study'>('search');
  const [query, setQuery] = useState('');
  const [area, setArea] = useState('');
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const entry = useEntry(openId);
  // The history is read once a tab that shows it is opened, never for a search.
  const [wantHistory, setWantHistory] = useState(false);
  const history = useHistoryData(wantHistory);
  const showTab = (next: typeof tab): void => {
    setTab(next);
    // "Recent" reads only the history's digest (utils/use-recent.ts).
    if (next === 'study') setWantHistory(true);
  };
  useEffect(() => {
    document.documentElement.dataset.theme = settings?.theme ?? 'auto';
  }, [settings?.theme]);
  useEffect(() => {
    // After the first paint, not before it: the search box comes first.
    const timer = setTimeout(prefetchRecent, 0);
    return () => clearTimeout(timer);
  }, []);

  const results = useMemo(() => {
    const hits = search.search(query, area ? MAX_RESULTS * 4 : MAX_RESULTS);
    return (area ? hits.filter((h) => h.item.areas.includes(area)) : hits).slice(0, MAX_RESULTS);
  }, [search, query, area]);
  const site = page.report ? hostOf(page.report.url) : page.host;
  const siteOff = site !== undefined && settings?.denySites.includes(site) === true;
  // No content script answered, on a site Termlight does not know: say why, and read the page.
  const unknownSite = page.report === null && site !== undefined && settings !== undefined && isUnknownSite(site, settings) ? site : undefined;
  const judgement = usePageJudgement(unknownSite !== undefined ? page.tabId : undefined);
  const notice = unknownSite !== undefined ? notLitNotice(unknownSite, judgement) : undefined;
  const enable = (): void => {
    if (site === undefined) return;
    void enableSite(site).then((granted) => {
      if (granted && page.tabId !== undefined) void browser.tabs.reload(page.tabId);
    });
  };

  const open = (id: string | undefined): void => {
    setOpenId(id);
    if (id === undefined) input.current?.focus();
  };
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && results[active]) open(results[active].item.id);
    else return;
    e.preventDefault();
  };

  return (
    <main
      className="popup"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || openId === undefined) return;
        e.preventDefault();
        open(undefined);
      }}
    >
      <header className="bar">
        <div className="tabs" role="tablist" aria-label="View">
          <button type="button" role="tab" aria-selected={tab === 'search'} onClick={() => showTab('search')}>
            Search
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'page'}
            onClick={() => {
              showTab('page');
              page.refresh();
            }}
          >
            On this page{page.report ? ` (${page.report.terms.length})` : ''}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'recent'} onClick={() => showTab('recent')}>
            Recent
          </button>
          <button type="button" role="tab" aria-selected={tab === 'study'} onClick={() => showTab('study')}>
            Study
          </button>
        </div>
        {notice === undefined && (
          <SiteSwitch
            site={site}
            running={page.report != null}
            disabled={siteOff}
            onEnable={enable}
            onToggle={(on) => {
              if (site === undefined) return;
              update((s) => ({ denySites: withItem(s.denySites, site, !on) }));
            }}
          />
        )}
      </header>
      {notice !== undefined && openId === undefined && <SiteNotice notice={notice} onLight={enable} />}
      {openId !== undefined ? (
        <TermDetail
          entry={entry}
          onOpen={setOpenId}
          onBack={() => open(undefined)}
          starred={history.study?.terms.some((t) => t.id === openId) ?? false}
          onStar={history.study ? (on) => void setStarred(openId, on) : undefined}
        />
      ) : tab === 'recent' ? (
        <RecentTab data={history} records={records} settings={settings} update={update} onOpen={open} />
      ) : tab === 'study' ? (
        <StudyTab data={history} records={records} settings={settings} update={update} onOpen={open} />
      ) : tab === 'page' ? (
        <PageTerms report={page.report} onReveal={page.reveal} onOpen={open} />
      ) : (
        <>
          <div className="search-row">
            <input
              ref={input}
              className="search"
              type="search"
              role="combobox"
              aria-expanded={results.length > 0}
              aria-controls="results"
              aria-activedescendant={results[active] ? resultId(results[active].item.id) : undefined}
              placeholder="Search the glossary"
              aria-label="Search the glossary"
              autoFocus
              value={query}
              onKeyDown={onKey}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
            />
            <select aria-label="Area" value={area} onChange={(e) => setArea(e.target.value)}>
              <option value="">All areas</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <SearchResults query={query} results={results} active={active} onOpen={open} total={records.length} />
        </>
      )}
    </main>
  );
}
