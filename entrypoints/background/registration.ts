import { browser } from 'wxt/browser';
import { desiredRegistration } from '../../lib/sites/registration';
import { loadSettings } from '../../utils/settings-store';

const SCRIPT_ID = 'termlight-enabled-sites';

/**
 * Keeps the runtime-registered content script in line with the sites the reader enabled
 * (and everywhere mode) and the host permissions the browser granted.
 */
export async function syncRegistration(): Promise<void> {
  const [{ settings }, permissions] = await Promise.all([loadSettings(), browser.permissions.getAll()]);
  const { matches, excludeMatches } = desiredRegistration({
    allowSites: settings.allowSites,
    everywhere: settings.everywhere,
    granted: permissions.origins ?? [],
  });
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    matches,
    excludeMatches,
    js: ['content-scripts/content.js'],
    css: ['content-scripts/content.css'],
    runAt: 'document_idle' as const,
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
