import type { Settings } from '../settings/schema';
import { isCuratedHost, isLocalHost, listedHost } from './domains';

/**
 * How Termlight treats a page: off (the reader switched the site off, or it is not one
 * Termlight runs on), on (a built-in or reader-enabled site), or gated ("everywhere" mode,
 * and local pages: lit only if the page reads as crypto). "Off on this site" wins.
 */
export type PageMode = 'off' | 'on' | 'gated';

export type SiteSettings = Pick<Settings, 'allowSites' | 'denySites' | 'everywhere'>;

export function pageMode(settings: SiteSettings, hostname: string): PageMode {
  if (listedHost(hostname, settings.denySites)) return 'off';
  if (isCuratedHost(hostname) || listedHost(hostname, settings.allowSites)) return 'on';
  return settings.everywhere || isLocalHost(hostname) ? 'gated' : 'off';
}

/**
 * Whether Termlight stays off on `host` only because it does not know the site: off, and
 * not because the reader switched it off.
 */
export function isUnknownSite(host: string, settings: SiteSettings): boolean {
  return pageMode(settings, host) === 'off' && !listedHost(host, settings.denySites);
}
