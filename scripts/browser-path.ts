import { existsSync } from 'node:fs';

/** Chromium to test with: $TERMLIGHT_CHROMIUM, else the first system Chromium found. */
export function chromiumPath(): string {
  const candidates = [
    process.env.TERMLIGHT_CHROMIUM,
    // The binary itself skips Debian's wrapper script (and its harmless shell warning).
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
  ];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) {
    throw new Error('No Chromium found. Install it (Debian: apt-get install chromium) or set TERMLIGHT_CHROMIUM.');
  }
  return found;
}
