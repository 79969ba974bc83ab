/**
 * The toolbar icon's files, shared by the build (wxt.config.ts renders them), the
 * background (which switches between them per tab) and the zip check.
 */

/** Every size the stores and browsers ask for: toolbar 16 and 32, management 48, Firefox's 96, store 128. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/** "lit" is the mark itself; "off" its greyed twin for sites the reader switched off. */
export type IconVariant = 'lit' | 'off';

/** Source drawings, relative to the project root. */
export const ICON_SOURCES: Readonly<Record<IconVariant, string>> = {
  lit: 'assets/icon.svg',
  off: 'assets/icon-off.svg',
};

/**
 * Where a rendered icon sits in the built extension. "lit" keeps the names
 * @wxt-dev/auto-icons writes (icons/16.png…), which is also what the manifest lists.
 */
export function iconPath(variant: IconVariant, size: IconSize): string {
  return variant === 'lit' ? `icons/${size}.png` : `icons/off-${size}.png`;
}

/** A size -> path map, the shape of the manifest's `icons` and of `action.setIcon({ path })`. */
export function iconSet(variant: IconVariant): Record<IconSize, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [size, iconPath(variant, size)])) as Record<IconSize, string>;
}
