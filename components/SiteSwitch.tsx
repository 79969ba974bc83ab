export interface SiteSwitchProps {
  /** Host of the current tab, or undefined where Termlight cannot tell (it is not running). */
  site: string | undefined;
  disabled: boolean;
  onToggle: (on: boolean) => void;
}

export function SiteSwitch({ site, disabled, onToggle }: SiteSwitchProps) {
  if (site === undefined) return null;
  return (
    <label className="site-switch">
      <input type="checkbox" role="switch" checked={!disabled} onChange={(e) => onToggle(e.target.checked)} />
      <span>
        On <strong>{site}</strong>
      </span>
    </label>
  );
}
