import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, findFirefox, findStartBrowser, type Machine } from '../../scripts/browsers.mjs';

/** A machine holding exactly `files`, with folders listed from them. */
function machine(files: string[], env: Record<string, string> = {}, home = '/home/reader'): Machine {
  const set = new Set(files);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin', ...env },
    exists: (path) => set.has(path),
    list: (dir) => [...new Set(files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0]!))],
    home,
    platform: 'linux',
  };
}

const problemOf = (found: ReturnType<typeof findChromium>): string => (found.path === undefined ? found.problem : '');

describe('finding a Chromium for npm test', () => {
  it('stops a bare machine with one message that names every fix', () => {
    const found = findChromium(machine([]));
    expect(found.path).toBeUndefined();
    const problem = problemOf(found);
    expect(problem).toContain('apt-get install chromium');
    expect(problem).toContain('TERMLIGHT_CHROMIUM=/path/to/chromium npm test');
    expect(problem).toContain('npx playwright install chromium');
  });

  it("prefers Debian's binary to its wrapper script", () => {
    expect(findChromium(machine(['/usr/bin/chromium', '/usr/lib/chromium/chromium']))).toEqual({ path: '/usr/lib/chromium/chromium', source: 'system' });
  });

  it('finds a chromium on the PATH', () => {
    expect(findChromium(machine(['/usr/local/bin/chromium'])).path).toBe('/usr/local/bin/chromium');
  });

  it('takes only $TERMLIGHT_CHROMIUM when it is set, and names it when it is wrong', () => {
    expect(findChromium(machine(['/opt/cft/chrome', '/usr/bin/chromium'], { TERMLIGHT_CHROMIUM: '/opt/cft/chrome' }))).toEqual({ path: '/opt/cft/chrome', source: 'env' });
    const typo = findChromium(machine(['/usr/bin/chromium'], { TERMLIGHT_CHROMIUM: '/opt/cft/chrom' }));
    expect(problemOf(typo)).toContain('TERMLIGHT_CHROMIUM is set to /opt/cft/chrom');
  });

  it("finds Playwright's own download, newest revision first, so the third fix works", () => {
    const cache = '/home/reader/.cache/ms-playwright';
    const files = [join(cache, 'chromium-1200', 'chrome-linux', 'chrome'), join(cache, 'chromium-1255', 'chrome-linux64', 'chrome'), join(cache, 'chromium_headless_shell-1255', 'chrome-headless-shell-linux64', 'chrome-headless-shell')];
    expect(findChromium(machine(files))).toEqual({ path: join(cache, 'chromium-1255', 'chrome-linux64', 'chrome'), source: 'playwright' });
    // The headless shell runs no extensions: alone it is not enough.
    expect(findChromium(machine(files.slice(2))).path).toBeUndefined();
    expect(findChromium(machine(['/pw/chromium-7/chrome-linux64/chrome'], { PLAYWRIGHT_BROWSERS_PATH: '/pw' })).path).toBe('/pw/chromium-7/chrome-linux64/chrome');
  });

  it('does not take branded Chrome, which ignores --load-extension', () => {
    expect(findChromium(machine(['/usr/bin/google-chrome'])).path).toBeUndefined();
  });
});

describe('finding a browser for npm start', () => {
  it('takes branded Chrome when there is no Chromium, and $TERMLIGHT_BROWSER before both', () => {
    expect(findStartBrowser(machine(['/usr/bin/google-chrome'])).path).toBe('/usr/bin/google-chrome');
    expect(findStartBrowser(machine(['/usr/bin/google-chrome', '/usr/bin/chromium'])).path).toBe('/usr/bin/chromium');
    expect(findStartBrowser(machine(['/usr/bin/chromium', '/x/brave'], { TERMLIGHT_BROWSER: '/x/brave' })).path).toBe('/x/brave');
  });

  it('names the variable npm start reads when it stops', () => {
    const found = findStartBrowser(machine([]));
    expect(found.path).toBeUndefined();
    expect(problemOf(found)).toContain('TERMLIGHT_BROWSER=/path/to/chromium npm start');
    expect(problemOf(found)).toContain('apt-get install chromium');
  });
});

describe('finding Firefox for its suite', () => {
  it('takes firefox-esr or firefox from the PATH, and $TERMLIGHT_FIREFOX first', () => {
    expect(findFirefox(machine(['/usr/bin/firefox-esr'])).path).toBe('/usr/bin/firefox-esr');
    expect(findFirefox(machine(['/usr/bin/firefox'])).path).toBe('/usr/bin/firefox');
    expect(findFirefox(machine(['/usr/bin/firefox', '/opt/ff/firefox'], { TERMLIGHT_FIREFOX: '/opt/ff/firefox' })).path).toBe('/opt/ff/firefox');
  });

  it('reports none on a machine without it', () => {
    expect(findFirefox(machine(['/usr/bin/chromium'])).path).toBeUndefined();
  });
});
