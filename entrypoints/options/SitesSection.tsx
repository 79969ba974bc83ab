import { EditableList } from '../../components/EditableList';
import { withItem } from '../../lib/settings/lists';
import { hostSchema, type Settings } from '../../lib/settings/schema';
import { CRYPTO_DOMAINS } from '../../lib/sites/domains';
import { enableSite, forgetSite, setEverywhere } from '../../utils/site-permissions';
import type { SettingsState } from '../../utils/use-settings';

/** Runs `apply` with the site the reader typed, or returns why it is not a site name. */
function withSite(value: string, apply: (site: string) => void): string | undefined {
  const host = hostSchema().safeParse(value);
  if (!host.success) return 'That is not a site name such as news.example.org.';
  apply(host.data);
  return undefined;
}

/** Where Termlight runs: everywhere mode, the sites added, the sites refused. */
export function SitesSection({ settings, update, notify }: { settings: Settings; update: SettingsState['update']; notify: (message: string) => void }) {
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <p className="muted">
        Termlight runs on {CRYPTO_DOMAINS.length} crypto and DeFi sites out of the box. Add others here (your browser asks for permission for each), or let it
        run everywhere and light only pages that read as crypto.
      </p>
      <label>
        <input
          type="checkbox"
          checked={settings.everywhere}
          onChange={(e) => {
            const on = e.target.checked;
            void setEverywhere(on).then((ok) => {
              if (!ok) notify('The browser did not grant access to all sites; everywhere mode stays off.');
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
              if (!ok) notify(`The browser did not grant access to ${site}; nothing changed.`);
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
  );
}
