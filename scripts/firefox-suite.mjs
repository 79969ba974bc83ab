// npm run test:firefox: the browser suite in Firefox (tests/firefox/, vitest.firefox.config.ts),
// against the build `npm run build:firefox` left in .output/firefox-mv2. Where no Firefox is
// installed it says so in one line and exits 0: Chromium is the browser `npm test` requires.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFirefox, thisMachine } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const firefox = findFirefox(thisMachine());
if (firefox.path === undefined) {
  // A TERMLIGHT_FIREFOX that points nowhere is a mistake to report, not a machine without Firefox.
  if (process.env.TERMLIGHT_FIREFOX) {
    console.error(firefox.problem);
    process.exit(1);
  }
  console.log(`Firefox suite skipped: ${firefox.problem}`);
  process.exit(0);
}
// TERMLIGHT_FIREFOX_BUILD tests another build (tests/firefox/firefox.ts).
const build = process.env.TERMLIGHT_FIREFOX_BUILD ?? join(root, '.output', 'firefox-mv2');
if (!existsSync(join(build, 'manifest.json'))) {
  console.error(`No Firefox build in ${build}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.firefox.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TERMLIGHT_FIREFOX: firefox.path },
});
process.exit(result.status ?? 1);
