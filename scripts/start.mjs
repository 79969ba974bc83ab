// npm start: install what is missing, build the extension, then open the demo with it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findStartBrowser, thisMachine } from './browsers.mjs';
import { ensureDeps } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shell = process.platform === 'win32';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Before installing or building anything: a machine with no browser learns the fix in a second.
const browser = findStartBrowser(thisMachine());
if (browser.path === undefined) {
  console.error(browser.problem);
  process.exit(1);
}
ensureDeps();
run(shell ? 'npm.cmd' : 'npm', ['run', 'build']);
run(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'open-demo.ts'), ...process.argv.slice(2)]);
