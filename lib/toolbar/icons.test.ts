import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_SOURCES, iconPath, iconSet } from './icons';

describe('icon files', () => {
  it('keeps the names auto-icons writes for the mark', () => {
    expect(iconSet('lit')).toEqual({ 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 96: 'icons/96.png', 128: 'icons/128.png' });
  });

  it('gives every size of the greyed twin a path of its own', () => {
    const off = ICON_SIZES.map((size) => iconPath('off', size));
    expect(new Set(off).size).toBe(ICON_SIZES.length);
    for (const path of off) expect(Object.values(iconSet('lit'))).not.toContain(path);
  });

  it('draws both from sources that exist', () => {
    for (const source of Object.values(ICON_SOURCES)) expect(existsSync(join(import.meta.dirname, '..', '..', source)), source).toBe(true);
  });
});
