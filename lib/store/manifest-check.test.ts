import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPath, iconSet } from '../toolbar/icons';
import { checkPackage, type PackageExpectations, type PackagedFiles } from './manifest-check';

const expected: PackageExpectations = { name: 'Termlight', version: '1.2.3', minChrome: 111, minFirefox: 140, description: 'Explains crypto terms where you read them.' };

function files(): Map<string, { width: number; height: number } | undefined> {
  const all = new Map<string, { width: number; height: number } | undefined>([['privacy.html', undefined]]);
  for (const size of ICON_SIZES) {
    all.set(iconPath('lit', size), { width: size, height: size });
    all.set(iconPath('off', size), { width: size, height: size });
  }
  return all;
}

const chrome = () => ({
  manifest_version: 3,
  name: 'Termlight',
  version: '1.2.3',
  description: 'Explains crypto terms where you read them.',
  icons: iconSet('lit'),
  action: { default_icon: iconSet('lit'), default_popup: 'popup.html' },
  minimum_chrome_version: '111',
});

const firefox = () => {
  const { action, minimum_chrome_version: _, ...rest } = chrome();
  return { ...rest, manifest_version: 2, browser_action: action, browser_specific_settings: { gecko: { id: 'termlight@termlight.dev', strict_min_version: '140.0' } } };
};

const check = (browser: 'chrome' | 'firefox', manifest: unknown, packaged: PackagedFiles = files()) => checkPackage({ browser, manifest, files: packaged, expected });

describe('checkPackage', () => {
  it('passes packages with everything the stores and the toolbar need', () => {
    expect(check('chrome', chrome())).toEqual([]);
    expect(check('firefox', firefox())).toEqual([]);
  });

  it('names a wrong name or version, and a missing, too long or different description', () => {
    expect(check('chrome', { ...chrome(), name: 'termlight', version: '1.2.2' })).toEqual([
      'name is "termlight", expected "Termlight"',
      'version is "1.2.2", expected "1.2.3"',
    ]);
    expect(check('chrome', { ...chrome(), description: ' ' })).toEqual(['description is missing']);
    expect(check('chrome', { ...chrome(), description: 'x'.repeat(133) })).toEqual(['description is 133 characters, more than 132']);
    // The Chrome Web Store shows the manifest's description as the listing's summary.
    expect(check('chrome', { ...chrome(), description: 'Something else.' })).toEqual([
      'description is "Something else.", expected "Explains crypto terms where you read them."',
    ]);
  });

  it('wants every icon size, named and packaged at its size', () => {
    const { 48: _, ...icons } = iconSet('lit');
    expect(check('chrome', { ...chrome(), icons })).toEqual(['icons.48 is missing']);
    const packaged = files();
    packaged.delete('icons/96.png');
    packaged.set('icons/32.png', { width: 16, height: 16 });
    packaged.set('icons/off-16.png', undefined);
    expect(check('chrome', chrome(), packaged)).toEqual([
      'icons.32 (icons/32.png) is 16×16, expected 32×32',
      'icons.96 names icons/96.png, which is not in the package',
      'action.default_icon.32 (icons/32.png) is 16×16, expected 32×32',
      'action.default_icon.96 names icons/96.png, which is not in the package',
      'the "off" toolbar icon (icons/off-16.png) is not a PNG, expected 16×16',
    ]);
  });

  it("wants the toolbar button's icons under each browser's own key", () => {
    expect(check('firefox', { ...firefox(), browser_action: undefined, action: chrome().action })).toContain('browser_action.default_icon.16 is missing');
    expect(check('chrome', { ...chrome(), action: { default_popup: 'popup.html' } })).toHaveLength(ICON_SIZES.length);
  });

  it('wants the minimum versions the code needs', () => {
    expect(check('chrome', { ...chrome(), minimum_chrome_version: undefined })).toEqual(['minimum_chrome_version is undefined, expected "111"']);
    expect(check('firefox', { ...firefox(), browser_specific_settings: { gecko: { strict_min_version: '128.0' } } })).toEqual([
      'browser_specific_settings.gecko.strict_min_version is "128.0", expected "140.0"',
      'browser_specific_settings.gecko.id is missing',
    ]);
  });

  it('wants the privacy page the options link to', () => {
    const packaged = files();
    packaged.delete('privacy.html');
    expect(check('chrome', chrome(), packaged)).toEqual(['privacy.html, linked from the options page, is not in the package']);
  });

  it('says so when there is no manifest', () => {
    expect(check('chrome', undefined)).toEqual(['manifest.json is missing or not an object']);
  });
});
