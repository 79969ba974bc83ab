import type { PageTermsResponse } from '../messages';
import { listedHost, siteOf } from '../sites/domains';
import type { IconVariant } from './icons';

/**
 * What the toolbar button says about one tab:
 * - lit: Termlight runs here and found terms (badge: how many distinct ones);
 * - quiet: Termlight runs here but lights nothing (no terms, or an "everywhere" page that
 *   does not read as crypto);
 * - off: the reader switched this site off (greyed icon, no badge);
 * - unknown: no content script answers, so Termlight is not on here (a "?" badge);
 * - waiting: no answer yet, but the content script may still be starting (lib/toolbar/timing.ts):
 *   the button shows its defaults.
 */
export type ToolbarKind = 'lit' | 'quiet' | 'off' | 'unknown' | 'waiting';

export interface ToolbarState {
  kind: ToolbarKind;
  /** Badge text; '' shows no badge. */
  badge: string;
  /** Badge background, as #rrggbb (ignored when there is no badge). */
  badgeColor: string;
  /** The button's tooltip, also its accessible name. */
  title: string;
  icon: IconVariant;
}

export interface ToolbarInputs {
  /** The tab's answer to `termlight:page-terms`; undefined when no content script answered. */
  reply: PageTermsResponse | undefined;
  /** Sites the reader switched off (settings.denySites): wins over everything, as on the page. */
  denySites: readonly string[];
  /** Whether silence may still mean a content script that is starting (timing.ts, stillStarting). */
  starting?: boolean;
}

/** Chrome shows about four characters of badge text. */
const MAX_BADGE_COUNT = 99;

const BADGE_LIT = '#b45309';
const BADGE_NEUTRAL = '#5b616b';
/** White on both badge colours: 5:1 on the amber, 6.2:1 on the grey. */
export const BADGE_TEXT_COLOR = '#ffffff';

export const DEFAULT_TITLE = 'Termlight';

export function toolbarState({ reply, denySites, starting = false }: ToolbarInputs): ToolbarState {
  if (!reply) {
    if (starting) {
      return { kind: 'waiting', badge: '', badgeColor: BADGE_NEUTRAL, title: DEFAULT_TITLE, icon: 'lit' };
    }
    // Without the "tabs" permission the tab's address is hidden, so a browser page and an
    // ordinary site look alike here; the popup tells them apart once it is opened.
    return { kind: 'unknown', badge: '?', badgeColor: BADGE_NEUTRAL, title: 'Termlight is not on for this page: click to light its site or to search the glossary', icon: 'lit' };
  }
  const host = hostOf(reply.url);
  if (host !== undefined && listedHost(host, denySites)) {
    return { kind: 'off', badge: '', badgeColor: BADGE_NEUTRAL, title: `Termlight is off on ${siteOf(host)}: click to turn it back on`, icon: 'off' };
  }
  // The content script reports terms only while the page is lit: its state's `scan` is
  // undefined otherwise (entrypoints/content/termlight.ts), and so are the terms.
  const count = reply.terms.length;
  if (count === 0) return { kind: 'quiet', badge: '', badgeColor: BADGE_NEUTRAL, title: 'Termlight: nothing to light on this page', icon: 'lit' };
  return {
    kind: 'lit',
    badge: count > MAX_BADGE_COUNT ? `${MAX_BADGE_COUNT}+` : String(count),
    badgeColor: BADGE_LIT,
    title: `Termlight: ${count} glossary ${count === 1 ? 'term' : 'terms'} on this page`,
    icon: 'lit',
  };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
