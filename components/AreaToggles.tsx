export interface AreaTogglesProps {
  areas: readonly { id: string; name: string; count: number }[];
  disabled: readonly string[];
  onToggle: (areaId: string, on: boolean) => void;
}

/** The glossary's areas, each lit or not; an unlit area's terms still open cards on hover. */
export function AreaToggles({ areas, disabled, onToggle }: AreaTogglesProps) {
  const off = new Set(disabled);
  return (
    <section aria-labelledby="areas-title">
      <h2 id="areas-title">Highlighted areas</h2>
      <div className="areas">
        {areas.map((a) => (
          <label key={a.id}>
            <input
              type="checkbox"
              checked={!off.has(a.id)}
              onChange={(e) => onToggle(a.id, e.target.checked)}
            />{' '}
            {a.name} <span className="muted">({a.count})</span>
          </label>
        ))}
      </div>
    </section>
  );
}
