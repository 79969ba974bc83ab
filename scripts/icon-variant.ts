import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { ICON_SIZES, ICON_SOURCES, iconPath, type IconVariant } from '../lib/toolbar/icons';

/**
 * Renders an icon variant's drawing into the built extension at every size, the way
 * @wxt-dev/auto-icons renders the mark itself (the same sharp call: one render of the SVG,
 * resized), so the two variants match pixel for pixel where their drawings do. Run from a
 * WXT build hook: the PNGs are build output, never committed.
 */
export async function renderIconVariant({ root, outDir, variant }: { root: string; outDir: string; variant: IconVariant }): Promise<string[]> {
  const source = join(root, ICON_SOURCES[variant]);
  const written: string[] = [];
  for (const size of ICON_SIZES) {
    const file = iconPath(variant, size);
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await sharp(source).resize(size).png().toFile(join(outDir, file));
    written.push(file);
  }
  return written;
}
