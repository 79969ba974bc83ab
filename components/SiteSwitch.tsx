export interface SiteSwitchProps {
  /** Host of the current tab, or undefined where Termlight cannot tell. */
  site: string | undefined;
  /** Whether Termlight runs on this page at all. */
  running: boolean;
  disabled: boolean;
  onToggle: (on: boolean) => void;
  /** Asks for this site's permission and turns Termlight on there. */
  onEnable: () => void;
}

export function SiteSwitch({ site, running, disabled, onToggle, onEnable }: SiteSwitchProps) {
  if (site === undefined) return null;
  if (!running && !disabled) {
    return (
      <button type="button" className="enable-site" onClick={onEnable}>
        Enable on {site}
      </button>
    );
  }
  return (
    <label className="site-switch">
      <input type="checkbox" role="switch" checked={!disabled} onChange={(e) => onToggle(e.target.checked)} />
      <span>
        On <strong>{site}</strong>
      </span>
    </label>
  );
}
