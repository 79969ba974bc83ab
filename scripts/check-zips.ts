/**
 * npm run check:zips — checks the store packages `npm run zip` wrote to .output/ (one per
 * browser) for what the stores need and the toolbar uses: name, version, description,
 * icons at every size, the toolbar button's icons, the minimum browser versions, and a
 * description that is the store listing's short one (lib/store/manifest-check.ts).
 * `npm test` zips first, then runs this.
 */
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_CHROME, MIN_FIREFOX } from '../lib/browser-support';
import { parseListing } from '../lib/store/listing';
import { checkPackage, type PackagedFiles, type StoreBrowser } from '../lib/store/manifest-check';
import { pngSize } from '../lib/store/png';

const ROOT = join(import.meta.dirname, '..');
const BROWSERS: StoreBrowser[] = ['chrome', 'firefox'];

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const listing = parseListing(readFileSync(join(ROOT, 'store', 'listing.md'), 'utf8'));
if (!listing) throw new Error('store/listing.md has no short or long description');
const expected = { name: 'Termlight', version: pkg.version, minChrome: MIN_CHROME, minFirefox: MIN_FIREFOX, description: listing.short };

/** The manifest and every file of one zip, with the size of each PNG. */
async function readZip(path: string): Promise<{ manifest: unknown; files: PackagedFiles }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, { width: number; height: number } | undefined>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    files.set(entry.name, entry.name.endsWith('.png') ? pngSize(await entry.async('uint8array')) : undefined);
  }
  const manifest = zip.file('manifest.json');
  return { manifest: manifest ? (JSON.parse(await manifest.async('string')) as unknown) : undefined, files };
}

let failed = false;
for (const browser of BROWSERS) {
  // WXT's default artifact name: {{name}}-{{version}}-{{browser}}.zip.
  const path = join(ROOT, '.output', `${pkg.name}-${pkg.version}-${browser}.zip`);
  if (!existsSync(path)) {
    console.error(`${browser}: ${path} does not exist; run npm run zip first`);
    failed = true;
    continue;
  }
  const { manifest, files } = await readZip(path);
  const problems = checkPackage({ browser, manifest, files, expected });
  if (problems.length === 0) {
    console.log(`${browser}: ${path.slice(ROOT.length + 1)} ok (${files.size} files)`);
    continue;
  }
  failed = true;
  console.error(`${browser}: ${path.slice(ROOT.length + 1)} has ${problems.length} problems:`);
  for (const problem of problems) console.error(`  ${problem}`);
}
if (failed) process.exit(1);
