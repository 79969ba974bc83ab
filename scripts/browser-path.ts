import { findChromium, findFirefox, thisMachine } from './browsers.mjs';

/** Chromium to test with: $TERMLIGHT_CHROMIUM, else a system Chromium, else Playwright's own (scripts/browsers.mjs). */
export function chromiumPath(): string {
  const found = findChromium(thisMachine());
  if (found.path === undefined) throw new Error(found.problem);
  return found.path;
}

/** Firefox to test with: $TERMLIGHT_FIREFOX, else firefox-esr or firefox on the PATH. */
export function firefoxPath(): string {
  const found = findFirefox(thisMachine());
  if (found.path === undefined) throw new Error(found.problem);
  return found.path;
}
