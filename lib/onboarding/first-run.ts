/** The page a new reader sees once, where they try a card and choose where Termlight runs. */
export const ONBOARDING_PATH = '/onboarding.html';

/**
 * Whether an `onInstalled` reason calls for the onboarding page: a first install only. An
 * update, or the browser updating, must not put a page the reader has seen in front of them.
 */
export function opensOnboarding(reason: string): boolean {
  return reason === 'install';
}
