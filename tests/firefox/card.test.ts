import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, FIREFOX_BUILD, cardState, highlightedTexts, openCard, pointOf, startFirefox, until, type FirefoxSession } from './firefox';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await startFirefox();
});
afterAll(() => ff.close());

describe('Firefox: cards', () => {
  it('opens a card when the pointer rests on a marked word', async () => {
    const { page, fixtureUrl } = ff;
    await page.goto(`${fixtureUrl}/l2-article.html`);
    await until(() => highlightedTexts(page, '#lead'), (t) => t.includes('optimistic rollup'));
    // Nothing is added to the page before the first card.
    expect(await page.evaluate(() => document.querySelector('termlight-card'))).toBeNull();
    const { x, y } = await pointOf(page, '#lead', 'optimistic rollup');
    await page.mouse.move(x, y);
    const card = await openCard(page);
    expect(card).toMatchObject({ id: 'optimistic-rollup', term: 'Optimistic rollup', focused: false });
    // The host is a shadow root at the end of <body>, where WXT mounts it.
    expect(await page.evaluate(() => document.body.lastElementChild?.localName)).toBe('termlight-card');
    // Away from the term and the card, it closes after its grace period.
    await page.mouse.move(5, 5);
    await until(() => cardState(page), (c) => c === null);
  });

  it('leaves React to the card module, which the content script imports and no page can load', async () => {
    // Every page loads the content script; only pages where a card opens need the renderer.
    const script = readFileSync(join(FIREFOX_BUILD, 'content-scripts', 'content.js'), 'utf8');
    const main = readFileSync(join(FIREFOX_BUILD, 'content-main.js'), 'utf8');
    const module = readFileSync(join(FIREFOX_BUILD, 'card-ui.js'), 'utf8');
    expect(module).toContain('Minified React error');
    expect(script).not.toContain('Minified React error');
    expect(main).not.toContain('Minified React error');

    const { page, fixtureUrl } = ff;
    await page.goto(`${fixtureUrl}/l2-article.html`);
    await until(() => highlightedTexts(page, '#lead'), (t) => t.includes('challenge period'));
    const { x, y } = await pointOf(page, '#lead', 'challenge period');
    await page.mouse.move(x, y);
    expect((await openCard(page)).id).toBe('challenge-period');
    // Firefox imports the module for the content script without a web_accessible_resources
    // entry, so a page that learnt the add-on's UUID still cannot load it. popup.html, listed
    // in this test copy only, shows that the probe itself would see a listed file.
    const probe = (path: string): Promise<string> =>
      page.evaluate((url) => fetch(url).then(() => 'loaded', () => 'refused'), `${EXTENSION_ORIGIN}/${path}`);
    expect(await probe('card-ui.js')).toBe('refused');
    // Nor the content script's main module, imported the same way where a page is lit.
    expect(await probe('content-main.js')).toBe('refused');
    expect(await probe('popup.html')).toBe('loaded');
  });

  it('reads a strict-CSP page with Trusted Types and opens its card', async () => {
    const { page, strictCspUrl } = ff;
    const errors: string[] = [];
    const onConsole = (m: { type(): string; text(): string }): void => {
      if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text());
    };
    page.on('console', onConsole);
    try {
      await page.goto(`${strictCspUrl}/l2-article.html`);
      await until(() => highlightedTexts(page, '#lead'), (t) => t.includes('challenge period'));
      const { x, y } = await pointOf(page, '#lead', 'challenge period');
      await page.mouse.move(x, y);
      // The page's policy governs neither the module's import nor the card's shadow root.
      expect((await openCard(page)).term).toBe('Challenge period');
      expect(errors.filter((e) => e.includes('Termlight'))).toEqual([]);
    } finally {
      page.off('console', onConsole);
    }
  });

  it('registers the walk shortcuts with Firefox, which accepts their key names', async () => {
    // Firefox rejects a manifest command whose key it cannot parse, silently for the rest.
    const commands = await ff.extension.evaluate(() =>
      (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).browser.commands.getAll(),
    );
    expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toEqual({
      'lookup-selection': 'Alt+Shift+L',
      'next-term': 'Alt+Shift+Period',
      'previous-term': 'Alt+Shift+Comma',
    });
  });

  // The shortcut itself cannot be pressed from here: BiDi's key input is dispatched inside
  // the page's process and never reaches the browser window's key set, where Firefox
  // matches extension commands (seen: the page gets a trusted Alt+Shift+"." keydown, and
  // commands.onCommand never fires). So the test sends what the background sends on that
  // command, from an extension page, and presses the keys the card itself handles.
  it('walks the marked terms from the keyboard and gives focus back on Esc', async () => {
    const { page, fixtureUrl } = ff;
    await page.goto(`${fixtureUrl}/hover-walk.html`);
    await until(() => highlightedTexts(page, '#row'), (t) => t.length > 2);
    await page.focus('#start');

    expect(await ff.tabMessage(page.url(), { type: 'termlight:walk', direction: 1 })).toBe(true);
    const first = await openCard(page);
    // The first marked term in view, as a dialog holding focus.
    expect(first.id).toBe('rollup');
    await until(() => cardState(page), (c) => c?.focused === true);

    await page.keyboard.press('n');
    const second = await until(() => cardState(page), (c) => c?.id != null && c.id !== first.id);
    expect(second?.focused).toBe(true);
    await page.keyboard.press('p');
    await until(() => cardState(page), (c) => c?.id === first.id);
    // Back from the first mark wraps to the last, far down the page, scrolled into view.
    await page.keyboard.press('p');
    await page.keyboard.press('p');
    await until(() => page.evaluate(() => window.scrollY), (y) => y > 500);

    await page.keyboard.press('Escape');
    await until(() => cardState(page), (c) => c === null);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');
  });
});
