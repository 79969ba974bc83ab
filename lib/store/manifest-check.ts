import { ICON_SIZES, iconPath } from '../toolbar/icons';

export type StoreBrowser = 'chrome' | 'firefox';

/** A file in a packaged extension, with its pixel size when it is a PNG. */
export type PackagedFiles = ReadonlyMap<string, { width: number; height: number } | undefined>;

export interface PackageExpectations {
  name: string;
  /** package.json's version, which WXT writes into the manifest. */
  version: string;
  minChrome: number;
  minFirefox: number;
  /** The store listing's short description, which the Chrome Web Store takes from the manifest. */
  description: string;
}

/** Chrome refuses a manifest description over 132 characters; the stores show it as is. */
export const MAX_DESCRIPTION = 132;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a store would refuse, or a reader would miss, in one packaged extension: its name,
 * version and description, its icons at every size (files that exist, of that size), the
 * toolbar button's icons (both variants the background switches between), the privacy page
 * the options link to, and the minimum browser version. One line per problem, empty when
 * the package is fit to upload.
 */
export function checkPackage({ browser, manifest, files, expected }: {
  browser: StoreBrowser;
  manifest: unknown;
  files: PackagedFiles;
  expected: PackageExpectations;
}): string[] {
  if (!isObject(manifest)) return ['manifest.json is missing or not an object'];
  const problems: string[] = [];
  const field = (path: string, value: unknown, want: unknown): void => {
    if (value !== want) problems.push(`${path} is ${JSON.stringify(value)}, expected ${JSON.stringify(want)}`);
  };
  const png = (where: string, file: unknown, size: number): void => {
    if (typeof file !== 'string') return void problems.push(`${where} is missing`);
    if (!files.has(file)) return void problems.push(`${where} names ${file}, which is not in the package`);
    const actual = files.get(file);
    if (actual?.width !== size || actual.height !== size) {
      problems.push(`${where} (${file}) is ${actual ? `${actual.width}×${actual.height}` : 'not a PNG'}, expected ${size}×${size}`);
    }
  };
  const iconMap = (where: string, value: unknown): void => {
    const map = isObject(value) ? value : {};
    for (const size of ICON_SIZES) png(`${where}.${size}`, map[String(size)], size);
  };

  field('name', manifest.name, expected.name);
  field('version', manifest.version, expected.version);
  const { description } = manifest;
  if (typeof description !== 'string' || description.trim() === '') problems.push('description is missing');
  else if (description.length > MAX_DESCRIPTION) problems.push(`description is ${description.length} characters, more than ${MAX_DESCRIPTION}`);
  else field('description', description, expected.description);

  iconMap('icons', manifest.icons);
  // MV3 has `action`; Firefox's MV2 build `browser_action`.
  const actionKey = browser === 'chrome' ? 'action' : 'browser_action';
  const action = manifest[actionKey];
  iconMap(`${actionKey}.default_icon`, isObject(action) ? action.default_icon : undefined);
  // The greyed twin the background sets on sites the reader switched off; no manifest names it.
  for (const size of ICON_SIZES) png(`the "off" toolbar icon`, iconPath('off', size), size);
  if (!files.has('privacy.html')) problems.push('privacy.html, linked from the options page, is not in the package');

  if (browser === 'chrome') field('minimum_chrome_version', manifest.minimum_chrome_version, String(expected.minChrome));
  else {
    const settings = isObject(manifest.browser_specific_settings) ? manifest.browser_specific_settings : {};
    const gecko = isObject(settings.gecko) ? settings.gecko : {};
    field('browser_specific_settings.gecko.strict_min_version', gecko.strict_min_version, `${expected.minFirefox}.0`);
    if (typeof gecko.id !== 'string') problems.push('browser_specific_settings.gecko.id is missing');
  }
  return problems;
}
