import { browser } from 'wxt/browser';
import { ALL_SITES } from '../lib/sites/registration';
import { originPatterns } from '../lib/sites/domains';
import { updateSettings } from './settings-store';
import { withItem } from '../lib/settings/lists';

/**
 * Asks the browser for one site's host permission (this must run in a click handler) and,
 * if granted, turns Termlight on there. The background then registers the content script.
 */
export async function enableSite(site: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: originPatterns(site) });
  if (!granted) return false;
  await updateSettings((s) => ({ allowSites: withItem(s.allowSites, site, true), denySites: withItem(s.denySites, site, false) }));
  return true;
}

/** Stops running on a site the reader had enabled, and gives its permission back. */
export async function forgetSite(site: string): Promise<void> {
  await updateSettings((s) => ({ allowSites: withItem(s.allowSites, site, false) }));
  await browser.permissions.remove({ origins: originPatterns(site) }).catch(() => false);
}

/** Everywhere mode: asks for all sites; pages are then lit only when they read as crypto. */
export async function setEverywhere(on: boolean): Promise<boolean> {
  if (on) {
    const granted = await browser.permissions.request({ origins: [...ALL_SITES] });
    if (!granted) return false;
  }
  await updateSettings(() => ({ everywhere: on }));
  if (!on) await browser.permissions.remove({ origins: [...ALL_SITES] }).catch(() => false);
  return true;
}
