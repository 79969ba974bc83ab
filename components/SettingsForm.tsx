import { MARK_COLORS, MARK_STYLES, OCCURRENCES, THEMES, type Settings } from '../lib/settings/schema';

export interface SettingsFormProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

const MARK_STYLE_LABELS: Record<Settings['markStyle'], string> = {
  dotted: 'Dotted underline',
  solid: 'Solid underline',
  background: 'Tinted background',
};

const MARK_COLOR_LABELS: Record<Settings['markColor'], string> = {
  amber: 'Amber',
  blue: 'Blue',
  green: 'Green',
  pink: 'Pink',
};

const OCCURRENCE_LABELS: Record<Settings['occurrences'], string> = {
  'first-per-section': 'First in each section',
  'first-per-page': 'First on the page',
  all: 'Every occurrence',
};

const THEME_LABELS: Record<Settings['theme'], string> = {
  auto: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

interface ChoiceProps<V extends string> {
  label: string;
  value: V;
  options: readonly V[];
  labels: Record<V, string>;
  onPick: (value: V) => void;
}

/** A labelled select over one setting's allowed values. */
function Choice<V extends string>({ label, value, options, labels, onPick }: ChoiceProps<V>) {
  return (
    <label>
      {label}{' '}
      <select
        value={value}
        onChange={(e) => {
          const picked = options.find((o) => o === e.target.value);
          if (picked !== undefined) onPick(picked);
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o]}
          </option>
        ))}
      </select>
    </label>
  );
}

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
        <Choice label="Mark style" value={settings.markStyle} options={MARK_STYLES} labels={MARK_STYLE_LABELS} onPick={(markStyle) => onChange({ markStyle })} />
        <Choice label="Colour" value={settings.markColor} options={MARK_COLORS} labels={MARK_COLOR_LABELS} onPick={(markColor) => onChange({ markColor })} />
        <Choice label="Mark" value={settings.occurrences} options={OCCURRENCES} labels={OCCURRENCE_LABELS} onPick={(occurrences) => onChange({ occurrences })} />
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
        <Choice label="Theme" value={settings.theme} options={THEMES} labels={THEME_LABELS} onPick={(theme) => onChange({ theme })} />
      </div>
    </section>
  );
}
