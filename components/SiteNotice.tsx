import type { NotLitNotice } from '../lib/sites/not-lit';

export interface SiteNoticeProps {
  notice: NotLitNotice;
  /** Asks for this site's permission and turns Termlight on there; called from the click itself. */
  onLight: () => void;
}

/** Why Termlight is not on for this site, whether the page reads as crypto, and the way to turn it on. */
export function SiteNotice({ notice, onLight }: SiteNoticeProps) {
  return (
    <section className="site-notice" aria-label="This site">
      <p>{notice.why}</p>
      <p role="status">{notice.verdict}</p>
      <button type="button" className="enable-site" onClick={onLight}>
        {notice.action}
      </button>
    </section>
  );
}
