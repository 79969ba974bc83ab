import { useCallback, useEffect, useMemo, useState } from 'react';
import { areas, entries } from 'virtual:termlight/entries';
import { AreaToggles } from '../../components/AreaToggles';
import { EditableList } from '../../components/EditableList';
import { SettingsForm } from '../../components/SettingsForm';
import { UserGlossaryPanel } from '../../components/UserGlossaryPanel';
import { withItem } from '../../lib/settings/lists';
import type { Settings } from '../../lib/settings/schema';
import type { UserEntry } from '../../lib/user-glossary/schema';
import { setStarred } from '../../utils/history-actions';
import { userGlossaryItem } from '../../utils/user-glossary-items';
import { useHistoryData } from '../../utils/use-history';
import { useSettings } from '../../utils/use-settings';
import { GlossaryBrowser } from './GlossaryBrowser';
import { HistoryPanel } from './HistoryPanel';
import { SettingsBackup } from './SettingsBackup';
import { SitesSection } from './SitesSection';
import { useGlossaryImport } from './use-glossary-import';

const BUNDLED = new Map(entries.map((e) => [e.id, e]));

const AREA_COUNTS = areas.map((a) => ({ ...a, count: entries.filter((e) => e.areas[0] === a.id).length }));
const TERM_NAMES = new Map(entries.map((e) => [e.id, e.term]));

export function App() {
  const { settings, problems, update } = useSettings();
  const [mine, setMine] = useState<readonly UserEntry[]>([]);
  const [view, setView] = useState<'settings' | 'glossary' | 'history'>(location.hash.startsWith('#term=') ? 'glossary' : location.hash === '#history' ? 'history' : 'settings');
  const [notice, setNotice] = useState<string | undefined>();
  const glossaryImport = useGlossaryImport(mine, setNotice);

  useEffect(() => {
    void userGlossaryItem.getValue().then(setMine);
    return userGlossaryItem.watch(setMine);
  }, []);
  useEffect(() => {
    const onHash = (): void => {
      if (location.hash.startsWith('#term=')) setView('glossary');
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = settings?.theme ?? 'auto';
  }, [settings?.theme]);

  const change = (patch: Partial<Settings>): void => update(() => patch);
  // The study list only: the history itself is read by the History view when it opens.
  const { study } = useHistoryData(false);
  const starred = useMemo(() => (study ? new Set(study.terms.map((t) => t.id)) : undefined), [study]);
  const describe = useCallback(
    (id: string) => {
      const e = BUNDLED.get(id) ?? mine.find((m) => m.id === id);
      return e ? { name: e.term, short: e.short } : { name: id, short: '' };
    },
    [mine],
  );
  const userAreas = useMemo(() => [...new Set(mine.flatMap((e) => e.areas))].filter((a) => !areas.some((b) => b.id === a)), [mine]);

  if (!settings) return <p>Loading…</p>;
  return (
    <main className="options">
      <header>
        <h1>Termlight</h1>
        <nav className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={view === 'settings'} onClick={() => setView('settings')}>
            Settings
          </button>
          <button type="button" role="tab" aria-selected={view === 'glossary'} onClick={() => setView('glossary')}>
            Glossary
          </button>
          <button type="button" role="tab" aria-selected={view === 'history'} onClick={() => setView('history')}>
            History
          </button>
        </nav>
      </header>
      {problems.length > 0 && (
        <p role="alert" className="notice">
          Some stored settings could not be read and were reset to their defaults ({problems.map((p) => p.field || 'all').join(', ')}). Everything else was
          kept.
        </p>
      )}
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {view === 'glossary' ? (
        <GlossaryBrowser areas={areas} entries={entries} user={mine} starred={starred} onStar={(id, on) => void setStarred(id, on)} />
      ) : view === 'history' ? (
        <HistoryPanel settings={settings} update={update} describe={describe} />
      ) : (
        <>
          <SettingsForm settings={settings} onChange={change} />
          <AreaToggles
            areas={[...AREA_COUNTS, ...userAreas.map((id) => ({ id, name: id, count: mine.filter((e) => e.areas.includes(id)).length }))]}
            disabled={settings.disabledAreas}
            onToggle={(id, on) => update((s) => ({ disabledAreas: withItem(s.disabledAreas, id, !on) }))}
          />
          <SitesSection settings={settings} update={update} notify={setNotice} />
          <section aria-labelledby="known-title">
            <h2 id="known-title">Terms you know</h2>
            <EditableList
              title="Not marked (cards still open on hover)"
              items={settings.knownTerms}
              empty="None yet. Use “I know this” on a card to stop marking a term."
              describe={(id) => TERM_NAMES.get(id) ?? mine.find((e) => e.id === id)?.term ?? id}
              onRemove={(id) => update((s) => ({ knownTerms: withItem(s.knownTerms, id, false) }))}
            />
          </section>
          <UserGlossaryPanel entries={mine} {...glossaryImport} />
          <SettingsBackup settings={settings} notify={setNotice} />
          <section aria-labelledby="keys-title">
            <h2 id="keys-title">Keyboard</h2>
            <p>Rest the pointer on a marked word to open its card; Esc closes it. Select a word and press <kbd>Alt+Shift+L</kbd> (change it at chrome://extensions/shortcuts), or right-click a selection and choose “Look up in Termlight”. The toolbar button opens search with the box focused.</p>
          </section>
        </>
      )}
      <footer className="muted">
        Termlight sends nothing anywhere.{' '}
        <a href="/privacy.html" target="_blank" rel="noopener">
          Privacy
        </a>
      </footer>
    </main>
  );
}
