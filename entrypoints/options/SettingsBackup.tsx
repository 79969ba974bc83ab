import { parseSettings, type Settings } from '../../lib/settings/schema';
import { download } from '../../utils/download';
import { settingsItem } from '../../utils/settings-store';

/**
 * Reads a settings file the reader picked: stored only if every field is valid, so a bad
 * file never replaces good settings. Returns what to tell the reader.
 */
async function importSettings(file: File): Promise<string> {
  const text = await file.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return `${file.name} is not JSON; your settings are unchanged.`;
  }
  const { settings: next, problems } = parseSettings(raw);
  if (problems.length > 0) {
    return `${file.name} was not imported (${problems.map((p) => `${p.field || 'file'}: ${p.message}`).join('; ')}); your settings are unchanged.`;
  }
  await settingsItem.setValue(next);
  return `Settings imported from ${file.name}.`;
}

/** Export of the settings to a file, and import back from one. */
export function SettingsBackup({ settings, notify }: { settings: Settings; notify: (message: string) => void }) {
  return (
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
              if (file) void importSettings(file).then(notify);
            }}
          />
        </label>
      </div>
    </section>
  );
}
