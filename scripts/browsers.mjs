// Where the browsers the tests and `npm start` drive are, decided from the environment and a
// file-exists check handed in, so a unit test can stand in any machine (tests/unit/browsers.test.ts).
// Plain JavaScript with no imports outside Node: `npm test` and `npm start` run it before
// dependencies are installed, so a fresh clone with no browser stops in seconds, not after
// `npm ci`, a type-check and a build.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** System Chromium builds. The Debian binary comes first: it skips the wrapper script and its shell warning. */
const SYSTEM_CHROMIUM = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Branded Chrome: `npm start` can load the extension there (scripts/open-demo.ts), the tests cannot rely on it. */
const BRANDED_CHROME = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Firefox where it is not on the PATH (Linux packages put firefox-esr or firefox there). */
const SYSTEM_FIREFOX = [
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/**
 * Where `npx playwright install chromium` puts its build under a `chromium-<revision>` folder
 * (Chrome for Testing since Playwright 1.5x, plain Chromium before), per platform.
 */
const PLAYWRIGHT_CHROMIUM = [
  ['chrome-linux64', 'chrome'],
  ['chrome-linux-arm64', 'chrome'],
  ['chrome-linux', 'chrome'],
  ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
  ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
  ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ['chrome-win64', 'chrome.exe'],
  ['chrome-win', 'chrome.exe'],
];

/** Every `name` on the PATH, in PATH order. */
function onPath(env, names) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.flatMap((dir) => names.map((name) => join(dir, name)));
}

/** Playwright's own Chromium builds, newest revision first. */
function playwrightChromium({ env, home, platform, list }) {
  const root =
    env.PLAYWRIGHT_BROWSERS_PATH ||
    (platform === 'darwin'
      ? join(home, 'Library', 'Caches', 'ms-playwright')
      : platform === 'win32'
        ? join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'ms-playwright')
        : join(env.XDG_CACHE_HOME || join(home, '.cache'), 'ms-playwright'));
  const revisions = list(root)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  return revisions.flatMap((rev) => PLAYWRIGHT_CHROMIUM.map((parts) => join(root, rev, ...parts)));
}

/**
 * @typedef {object} Machine
 * @property {Record<string, string | undefined>} env
 * @property {(path: string) => boolean} exists
 * @property {(dir: string) => string[]} [list] entries of a folder, [] when it cannot be read
 * @property {string} [home]
 * @property {NodeJS.Platform} [platform]
 */

/**
 * @typedef {{ path: string; source: 'env' | 'system' | 'playwright' } | { path: undefined; problem: string }} Found
 */

/** The one message for a missing Chromium: every fix, in the order most readers can use them. */
function noChromium(variable, command) {
  return [
    `No Chromium found: ${command} needs one. Any of these fixes it:`,
    '  - apt-get install chromium (Debian, Ubuntu; .ci/run does this)',
    `  - ${variable}=/path/to/chromium ${command} (a Chromium or Chrome for Testing you already have)`,
    "  - npx playwright install chromium (where the network reaches Playwright's download)",
  ].join('\n');
}

/**
 * The Chromium the browser tests run: `$TERMLIGHT_CHROMIUM` when set (and then only it, so a
 * typo is reported rather than quietly replaced), else a system Chromium, else Playwright's
 * own download. Branded Chrome is not taken: it ignores --load-extension.
 * @param {Machine} machine
 * @returns {Found}
 */
export function findChromium({ env, exists, list = () => [], home = '', platform = 'linux' }) {
  const wanted = env.TERMLIGHT_CHROMIUM;
  if (wanted) {
    return exists(wanted) ? { path: wanted, source: 'env' } : { path: undefined, problem: `TERMLIGHT_CHROMIUM is set to ${wanted}, which does not exist.` };
  }
  const system = [...SYSTEM_CHROMIUM, ...onPath(env, ['chromium', 'chromium-browser'])].find(exists);
  if (system) return { path: system, source: 'system' };
  const downloaded = playwrightChromium({ env, home, platform, list }).find(exists);
  if (downloaded) return { path: downloaded, source: 'playwright' };
  return { path: undefined, problem: noChromium('TERMLIGHT_CHROMIUM', 'npm test') };
}

/**
 * The browser `npm start` opens: `$TERMLIGHT_BROWSER` (any Chromium or Chrome), else the
 * Chromium the tests would use, else branded Chrome, which open-demo.ts loads the extension
 * into over the DevTools protocol.
 * @param {Machine} machine
 * @returns {Found}
 */
export function findStartBrowser(machine) {
  const wanted = machine.env.TERMLIGHT_BROWSER;
  if (wanted) {
    return machine.exists(wanted) ? { path: wanted, source: 'env' } : { path: undefined, problem: `TERMLIGHT_BROWSER is set to ${wanted}, which does not exist.` };
  }
  const chromium = findChromium(machine);
  if (chromium.path !== undefined) return chromium;
  const chrome = [...BRANDED_CHROME, ...onPath(machine.env, ['google-chrome', 'google-chrome-stable'])].find(machine.exists);
  if (chrome) return { path: chrome, source: 'system' };
  return { path: undefined, problem: noChromium('TERMLIGHT_BROWSER', 'npm start') };
}

/**
 * The Firefox the Firefox suite runs: `$TERMLIGHT_FIREFOX`, else firefox-esr or firefox.
 * Missing is no error: the suite is skipped where there is none.
 * @param {Machine} machine
 * @returns {Found}
 */
export function findFirefox({ env, exists }) {
  const wanted = env.TERMLIGHT_FIREFOX;
  if (wanted) {
    return exists(wanted) ? { path: wanted, source: 'env' } : { path: undefined, problem: `TERMLIGHT_FIREFOX is set to ${wanted}, which does not exist.` };
  }
  // PATH first: /usr/bin/firefox-esr is what Debian's package puts there.
  const found = [...onPath(env, ['firefox-esr', 'firefox']), ...SYSTEM_FIREFOX].find(exists);
  return found ? { path: found, source: 'system' } : { path: undefined, problem: 'No firefox-esr or firefox found (apt-get install firefox-esr, or set TERMLIGHT_FIREFOX).' };
}

/** This machine, for the functions above. */
export function thisMachine() {
  return {
    env: process.env,
    exists: (path) => existsSync(path),
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    home: homedir(),
    platform: process.platform,
  };
}

// `node scripts/browsers.mjs chromium|start`: exits 1 with the one message naming the fix.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const which = process.argv[2] ?? 'chromium';
  const found = which === 'start' ? findStartBrowser(thisMachine()) : findChromium(thisMachine());
  if (found.path === undefined) {
    console.error(found.problem);
    process.exit(1);
  }
}
