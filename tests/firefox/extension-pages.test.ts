import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { highlightName } from '../../entrypoints/content/highlighter';
import { MARK_COLORS, MARK_STYLES } from '../../lib/settings/schema';
import { cardState, highlightedTexts, openCard, pointOf, startFirefox, until, type FirefoxSession } from './firefox';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await startFirefox();
});
afterAll(() => ff.close());

/** The form control inside the first <label> of the extension tab whose text starts with `label`. */
async function control(label: string, selector: string): Promise<ElementHandle<HTMLInputElement | HTMLSelectElement>> {
  const handle = await ff.extension.evaluateHandle(
    (t, s) => [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(t))?.querySelector<HTMLInputElement | HTMLSelectElement>(s) ?? null,
    label,
    selector,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no ${selector} labelled "${label}"`);
  return element as ElementHandle<HTMLInputElement | HTMLSelectElement>;
}

/**
 * Acts on the options tab the way a reader does, with it in front, then brings the web
 * page back: a background tab gets no animation frames, which both puppeteer's clicks
 * (they wait for the element to be in view) and the page's hover handling need.
 */
async function onOptions(action: () => Promise<unknown>): Promise<void> {
  await ff.extension.bringToFront();
  try {
    await action();
  } finally {
    await ff.page.bringToFront();
  }
}

const click = (label: string, selector: string): Promise<void> => onOptions(async () => (await control(label, selector)).click());
const pick = (label: string, value: string): Promise<void> => onOptions(async () => (await control(label, 'select')).select(value));

describe('Firefox: popup', () => {
  it('puts "Impermanent loss" first for a misspelling', async () => {
    const { extension } = ff;
    await ff.openExtensionPage('popup.html');
    await extension.bringToFront();
    await extension.type('input[role="combobox"][aria-label="Search the glossary"]', 'impermanant los');
    const first = await until(
      () => extension.evaluate(() => document.querySelector('[role="listbox"][aria-label="Results"] [role="option"]')?.textContent ?? ''),
      (t) => t.includes('Impermanent loss'),
    );
    expect(first).toContain('Impermanent loss');
  });
});

describe('Firefox: options reach open tabs live', () => {
  beforeEach(async () => {
    await ff.page.bringToFront();
    await ff.page.goto(`${ff.fixtureUrl}/l2-article.html`);
    await until(() => highlightedTexts(ff.page, '#lead'), (t) => t.includes('optimistic rollup'));
    await ff.openExtensionPage('options.html');
    await ff.extension.waitForSelector('input[type="checkbox"]');
  });

  it('switching an area off removes its marks from the open tab, and on brings them back', async () => {
    const { page } = ff;
    // Batch and layer 1 belong to "Layer 2 and Scaling" alone; optimistic rollup also to
    // "Layer Two Interoperability", so it stays lit while that area is on.
    await click('Layer 2 and Scaling', 'input[type="checkbox"]');
    await until(() => highlightedTexts(page, '#lead'), (t) => !t.includes('batches'));
    expect(await highlightedTexts(page, '#lead')).toEqual(['optimistic rollup', 'challenge period', 'withdrawal']);
    await click('Layer Two Interoperability', 'input[type="checkbox"]');
    await until(() => highlightedTexts(page, '#lead'), (t) => t.length === 0);
    await click('Layer Two Interoperability', 'input[type="checkbox"]');
    await click('Layer 2 and Scaling', 'input[type="checkbox"]');
    await until(() => highlightedTexts(page, '#lead'), (t) => t.includes('batches') && t.includes('optimistic rollup'));
  });

  it('hover-only mode removes every mark, and a card still opens on the word and closes when left', async () => {
    const { page } = ff;
    await click('Cards on hover only', 'input[type="radio"]');
    try {
      await until(() => highlightedTexts(page), (t) => t.length === 0);
      // No mark to hit-test against: the word under the pointer is found from the caret position.
      const { x, y } = await pointOf(page, '#lead', 'optimistic rollup');
      await page.mouse.move(x, y);
      expect((await openCard(page)).id).toBe('optimistic-rollup');
      await page.mouse.move(5, 5);
      await until(() => cardState(page), (c) => c === null);
    } finally {
      await click('Marks and cards', 'input[type="radio"]');
    }
    await until(() => highlightedTexts(page, '#lead'), (t) => t.includes('optimistic rollup'));
  });

  it('paints every style and colour the options offer, each differently, and the reveal flash', async () => {
    const { page } = ff;
    // The manifest CSS names exactly the highlights the settings can ask for, and the flash.
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'entrypoints', 'content', 'highlight.css'), 'utf8');
    const styled = [...css.matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]);
    const wanted = MARK_STYLES.flatMap((markStyle) => MARK_COLORS.map((markColor) => ({ markStyle, markColor })));
    expect(styled.sort()).toEqual([...wanted.map((w) => highlightName(w)), 'termlight-flash'].sort());

    /** A screenshot of `clip` as base64: equal strings, equal pixels. */
    const shot = (clip: { x: number; y: number; width: number; height: number }): Promise<string> => page.screenshot({ clip, encoding: 'base64' });
    /** The box of `text` in #lead, with room for an underline below it. */
    const around = async (text: string): Promise<{ x: number; y: number; width: number; height: number }> => {
      const { x, y } = await pointOf(page, '#lead', text);
      return { x: Math.round(x - 50), y: Math.round(y - 14), width: 100, height: 30 };
    };

    // First the word as the page draws it, with marks off.
    await click('Cards on hover only', 'input[type="radio"]');
    await until(() => highlightedTexts(page), (t) => t.length === 0);
    const clip = await around('optimistic rollup');
    const seen = new Map<string, string>([[await shot(clip), 'no mark']]);
    await click('Marks and cards', 'input[type="radio"]');
    try {
      for (const { markStyle, markColor } of wanted) {
        await pick('Mark style', markStyle);
        await pick('Colour', markColor);
        const name = highlightName({ markStyle, markColor });
        await until(() => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name), (size) => size > 0);
        const pixels = await shot(clip);
        // A style Firefox ignored would look like no mark at all, or like another style.
        expect(seen.get(pixels), name).toBeUndefined();
        seen.set(pixels, name);
      }
    } finally {
      await pick('Mark style', 'dotted');
      await pick('Colour', 'amber');
    }

    // "On this page" in the popup reveals a term with a flash of its own, over its mark.
    expect(await ff.tabMessage(page.url(), { type: 'termlight:reveal', id: 'withdrawal' })).toBe(true);
    await until(() => page.evaluate(() => CSS.highlights.has('termlight-flash')), Boolean);
    const flashClip = await around('withdrawal');
    const flashed = await shot(flashClip);
    await until(() => page.evaluate(() => CSS.highlights.has('termlight-flash')), (on) => !on, 5_000);
    expect(await shot(flashClip)).not.toBe(flashed);
  });
});
