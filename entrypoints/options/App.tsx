import { useCallback, useEffect, useMemo, useState } from 'react';
import { areas, entries } from 'virtual:termlight/entries';
import { AreaToggles } from '../../components/AreaToggles';
import { EditableList } from '../../components/EditableList';
import { SettingsForm } from '../../components/SettingsForm';
import { UserGlossaryPanel, type ImportState } from '../../components/UserGlossaryPanel';
import { exportEntries } from '../../lib/glossary/compile';
import { hostSchema, parseSettings, type Settings } from '../../lib/settings/schema';
import { toCsv } from '../../lib/user-glossary/csv';
import { previewMerge } from '../../lib/user-glossary/merge';
import { parseGlossaryImport } from '../../lib/user-glossary/parse';
import type { UserEntry } from '../../lib/user-glossary/schema';
import { download } from '../../utils/download';
import { settingsItem, userGlossaryItem } from '../../utils/settings-store';
import { CRYPTO_DOMAINS } from '../../lib/sites/domains';
import { enableSite, forgetSite, setEverywhere } from '../../utils/site-permissions';
import { saveUserGlossary } from '../../utils/user-glossary-store';
import { useSettings } from '../../utils/use-settings';
import { GlossaryBrowser } from './GlossaryBrowser';
import { HistoryPanel } from './HistoryPanel';
import { setStarred } from '../../utils/history-actions';
import { useHistoryData } from '../../utils/use-history';
import { withItem } from '../../lib/settings/lists';

const BUNDLED_IDS = new Set(entries.map((e) => e.id));
const BUNDLED = new Map(entries.map((e) => [e.id, e]));

/** Runs `apply` with the site the reader typed, or returns why it is not a site name. */
function withSite(value: string, apply: (site: string) => void): string | undefined {
  const host = hostSchema().safeParse(value);
  if (!host.success) return 'That is not a site name such as news.example.org.';
  apply(host.data);
  return undefined;
}
const AREA_COUNTS = areas.map((a) => ({ ...a, count: entries.filter((e) => e.areas[0] === a.id).length }));
const TERM_NAMES = new Map(entries.map((e) => [e.id, e.term]));

export function App() {
  const { settings, problems, update } = useSettings();
  const [mine, setMine] = useState<readonly UserEntry[]>([]);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [view, setView] = useState<'settings' | 'glossary' | 'history'>(location.hash.startsWith('#term=') ? 'glossary' : location.hash === '#history' ? 'history' : 'settings');
  const [notice, setNotice] = useState<string | undefined>();

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
          <section aria-labelledby="sites-title">
            <h2 id="sites-title">Sites</h2>
            <p className="muted">
              Termlight runs on {CRYPTO_DOMAINS.length} crypto and DeFi sites out of the box. Add others here (your browser asks for permission for each), or
              let it run everywhere and light only pages that read as crypto.
            </p>
            <label>
              <input
                type="checkbox"
                checked={settings.everywhere}
                onChange={(e) => {
                  const on = e.target.checked;
                  void setEverywhere(on).then((ok) => {
                    if (!ok) setNotice('The browser did not grant access to all sites; everywhere mode stays off.');
                  });
                }}
              />{' '}
              Everywhere: run on every site, light pages that read as crypto
            </label>
            <EditableList
              title="Also on these sites"
              items={settings.allowSites}
              empty="No extra sites."
              addLabel="Enable a site, e.g. research.example.org"
              onAdd={(value) =>
                withSite(value, (site) => {
                  void enableSite(site).then((ok) => {
                    if (!ok) setNotice(`The browser did not grant access to ${site}; nothing changed.`);
                  });
                })
              }
              onRemove={(site) => void forgetSite(site)}
            />
            <EditableList
              title="Never on these sites"
              items={settings.denySites}
              empty="Termlight runs on every site it knows."
              addLabel="Add a site, e.g. news.example.org"
              onAdd={(value) => withSite(value, (site) => update((s) => ({ denySites: withItem(s.denySites, site, true) })))}
              onRemove={(site) => update((s) => ({ denySites: withItem(s.denySites, site, false) }))}
            />
          </section>
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
          <UserGlossaryPanel
            entries={mine}
            state={importState}
            onFile={(file) =>
              void file.text().then((text) => {
                const parsed = parseGlossaryImport(text, file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'auto');
                setImportState(
                  parsed.problems.length > 0
                    ? { kind: 'refused', file: file.name, problems: parsed.problems }
                    : { kind: 'preview', file: file.name, preview: previewMerge({ existing: [...mine], incoming: parsed.entries, bundledIds: BUNDLED_IDS }) },
                );
              })
            }
            onSave={() => {
              if (importState.kind !== 'preview') return;
              void saveUserGlossary(importState.preview.result).then(() => {
                setNotice(`Saved ${importState.preview.result.length} terms of your own.`);
                setImportState({ kind: 'idle' });
              });
            }}
            onCancel={() => setImportState({ kind: 'idle' })}
            onExport={(format) =>
              format === 'csv'
                ? download('termlight-glossary.csv', toCsv(mine), 'text/csv')
                : download('termlight-glossary.json', `${JSON.stringify(exportEntries(mine), null, 2)}\n`, 'application/json')
            }
            onClear={() => void saveUserGlossary([]).then(() => setNotice('Your glossary was deleted.'))}
          />
          <section aria-labelledby="backup-title">
            <h2 id="backup-title">Settings backup</h2>
            <div className="row">
              <button type="button" onClick={() => download('termlight-settings.json', `${JSON.stringify(settings, null, 2)}\n`, 'application/json')}>
                Export settings
              </button>
              <label className="file">
                Import settings{' '}
                <input
                  type="file"
                  accept=".json,application/json"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (!file) return;
                    void file.text().then(async (text) => {
                      let raw: unknown;
                      try {
                        raw = JSON.parse(text);
                      } catch {
                        setNotice(`${file.name} is not JSON; your settings are unchanged.`);
                        return;
                      }
                      const { settings: next, problems: bad } = parseSettings(raw);
                      if (bad.length > 0) {
                        setNotice(`${file.name} was not imported (${bad.map((p) => `${p.field || 'file'}: ${p.message}`).join('; ')}); your settings are unchanged.`);
                        return;
                      }
                      await settingsItem.setValue(next);
                      setNotice(`Settings imported from ${file.name}.`);
                    });
                  }}
                />
              </label>
            </div>
          </section>
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
