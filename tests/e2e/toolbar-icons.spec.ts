import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconPath, type IconSize, type IconVariant } from '../../lib/toolbar/icons';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { shotPath } from './shots';

/** Chrome's toolbar colours, light and dark themes. */
const TOOLBARS = { light: '#f1f3f4', dark: '#35363a' } as const;
const TOOLBAR_SIZES: readonly IconSize[] = [16, 32];
const VARIANTS: IconVariant[] = ['lit', 'off'];

const dataUrl = (variant: IconVariant, size: IconSize): string =>
  `data:image/png;base64,${readFileSync(join(EXTENSION_PATH, iconPath(variant, size))).toString('base64')}`;

/** Each variant at toolbar sizes, on both toolbars, at its true size and magnified four times. */
function sheet(): string {
  const cell = (variant: IconVariant, size: IconSize, zoom: number): string =>
    `<img data-variant="${variant}" data-size="${size}" src="${dataUrl(variant, size)}" width="${size * zoom}" height="${size * zoom}">`;
  const rows = Object.entries(TOOLBARS).map(
    ([name, colour]) => `<tr style="background:${colour};color:${name === 'dark' ? '#e8eaed' : '#202124'}"><th>${name}</th>${VARIANTS.map((v) =>
      TOOLBAR_SIZES.map((s) => `<td>${cell(v, s, 1)}</td><td>${cell(v, s, 4)}</td>`).join(''),
    ).join('')}</tr>`,
  );
  const head = VARIANTS.map((v) => TOOLBAR_SIZES.map((s) => `<th colspan="2">${v} ${s} px (×1, ×4)</th>`).join('')).join('');
  return `<!doctype html><style>
    body { margin: 0; font: 12px system-ui, sans-serif; }
    table { border-collapse: collapse; } th, td { padding: 10px 12px; text-align: center; vertical-align: middle; }
    img { image-rendering: pixelated; display: block; margin: auto; }
  </style><table id="sheet"><tr><th></th>${head}</tr>${rows.join('')}</table>`;
}

/** Average colourfulness (max - min channel) over the icon's opaque pixels, and their count. */
async function colourfulness(page: Page, variant: IconVariant, size: number): Promise<{ chroma: number; amber: number; opaque: number }> {
  return page.evaluate(
    ([v, s]) => {
      const img = document.querySelector<HTMLImageElement>(`img[data-variant="${v}"][data-size="${s}"]`)!;
      const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let chroma = 0;
      let amber = 0;
      let opaque = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 200) continue;
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        opaque++;
        chroma += Math.max(r, g, b) - Math.min(r, g, b);
        if (r > 200 && g > 120 && g < 200 && b < 90) amber++;
      }
      return { chroma: chroma / Math.max(opaque, 1), amber, opaque };
    },
    [variant, size] as const,
  );
}

test('the toolbar icons render at 16 and 32 px on light and dark toolbars; the "off" one is grey', async ({ page }) => {
  await page.setContent(sheet());
  for (const variant of VARIANTS) {
    for (const size of TOOLBAR_SIZES) {
      const img = page.locator(`img[data-variant="${variant}"][data-size="${size}"]`).first();
      // The built PNG has the size its name says.
      expect(await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([size, size]);
      const { chroma, amber, opaque } = await colourfulness(page, variant, size);
      // Most of the square is drawn (legible at 16 px), not a speck in a transparent field.
      expect(opaque).toBeGreaterThan(size * size * 0.6);
      if (variant === 'lit') expect(amber, `the highlighter stroke at ${size} px`).toBeGreaterThan(size / 4);
      else expect(chroma, `greyed at ${size} px`).toBeLessThan(12);
    }
  }
  await page.locator('#sheet').screenshot({ path: shotPath('docs/toolbar-icons.png') });
});
