import { MARK_COLORS, MARK_STYLES, OCCURRENCES, type Settings } from '../lib/settings/schema';

export interface SettingsFormProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

const OCCURRENCE_LABELS: Record<(typeof OCCURRENCES)[number], string> = {
  'first-per-section': 'First in each section',
  'first-per-page': 'First on the page',
  all: 'Every occurrence',
};

/** How marks look and behave; every change applies at once to open tabs. */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  return (
    <section aria-labelledby="marks-title">
      <h2 id="marks-title">Marks and cards</h2>
      <fieldset>
        <legend>Mode</legend>
        <label>
          <input type="radio" name="mode" checked={settings.mode === 'marks'} onChange={() => onChange({ mode: 'marks' })} /> Marks and cards
        </label>
        <label>
          <input type="radio" name="mode" checked={settings.mode === 'hover-only'} onChange={() => onChange({ mode: 'hover-only' })} /> Cards on hover
          only (no marks)
        </label>
      </fieldset>
      <div className="row">
        <label>
          Mark style{' '}
          <select value={settings.markStyle} onChange={(e) => onChange({ markStyle: e.target.value as Settings['markStyle'] })}>
            {MARK_STYLES.map((s) => (
              <option key={s} value={s}>
                {s === 'background' ? 'Tinted background' : `${s[0]!.toUpperCase()}${s.slice(1)} underline`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Colour{' '}
          <select value={settings.markColor} onChange={(e) => onChange({ markColor: e.target.value as Settings['markColor'] })}>
            {MARK_COLORS.map((c) => (
              <option key={c} value={c}>
                {c[0]!.toUpperCase() + c.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mark{' '}
          <select value={settings.occurrences} onChange={(e) => onChange({ occurrences: e.target.value as Settings['occurrences'] })}>
            {OCCURRENCES.map((o) => (
              <option key={o} value={o}>
                {OCCURRENCE_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <label>
          Hover delay: {settings.hoverDelayMs} ms{' '}
          <input
            type="range"
            min={0}
            max={1500}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => onChange({ hoverDelayMs: Number(e.target.value) })}
          />
        </label>
        <label>
          Theme{' '}
          <select value={settings.theme} onChange={(e) => onChange({ theme: e.target.value as Settings['theme'] })}>
            <option value="auto">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </div>
    </section>
  );
}
