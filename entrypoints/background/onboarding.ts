import { browser, type Browser } from 'wxt/browser';
import { ONBOARDING_PATH, opensOnboarding } from '../../lib/onboarding/first-run';

/** Opens the onboarding page in a new tab when Termlight is first installed, never on update. */
export function openOnboardingOnInstall(details: Browser.runtime.InstalledDetails): void {
  if (!opensOnboarding(details.reason)) return;
  void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) }).catch((err: unknown) => console.error('Termlight: could not open the welcome page', err));
}
