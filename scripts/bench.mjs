/**
 * npm run bench: bundles bench/run.ts with esbuild and runs the bundle.
 *
 * The matcher ships inside one bundled script (the background's), where the bundler
 * inlines the constants its loops read from other modules. Run file by file (tsx), each of those reads
 * is a module binding load, and the scanner measured 5 to 20 % slower than as it ships.
 * Packages stay external; only our code is bundled.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// One level below the root, so the bench's `join(import.meta.dirname, '..')` is the root.
const outfile = join(root, '.bench', 'run.mjs');
await build({
  entryPoints: [join(root, 'bench', 'run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // The shipped content script is minified by esbuild too (Vite's default); of that, the
  // syntax part changes the code the engine runs (some constants are inlined).
  minifySyntax: true,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
