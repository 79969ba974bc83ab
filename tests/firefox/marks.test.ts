import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedReply } from '../../scripts/tab-message';
import { RECORD_MUTATIONS } from '../e2e/support';
import { cardState, highlightedTexts, openCard, pointOf, startFirefox, until, type FirefoxSession } from './firefox';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await startFirefox();
});
afterAll(() => ff.close());

describe('Firefox: marks', () => {
  it('marks the demo page through CSS.highlights, and leaves code and fields alone', async () => {
    const { page, demoUrl } = ff;
    await page.goto(`${demoUrl}/`);
    const marks = await until(() => highlightedTexts(page), (t) => t.length > 25);
    expect(marks).toContain('optimistic rollup');
    expect(await highlightedTexts(page, 'pre')).toEqual([]);
    const report = checkedReply({ type: 'termlight:page-terms' }, await ff.tabMessage(page.url(), { type: 'termlight:page-terms' }));
    expect(report.crypto).toBe(true);
    expect(report.marks).toBe(true);
    expect(report.terms.length).toBeGreaterThan(30);
  });

  it('matches in the background with the WebAssembly scanner, not the JavaScript fallback', async () => {
    const { page, fixtureUrl } = ff;
    await page.goto(`${fixtureUrl}/l2-article.html`);
    await until(() => highlightedTexts(page, '#lead'), (t) => t.includes('optimistic rollup'));
    const stats = checkedReply({ type: 'termlight:stats' }, await ff.tabMessage(page.url(), { type: 'termlight:stats' }));
    // The policy's 'wasm-unsafe-eval' must let Firefox's MV2 background compile the module.
    expect(stats.backgroundWasm).toBe(true);
    expect(stats.matches).toBeGreaterThan(10);
  });

  it('changes nothing in the page outside its card host, and posts it no message, through marks, a hover card and a walk', async () => {
    const { page, fixtureUrl } = ff;
    const recorder = await page.evaluateOnNewDocument(RECORD_MUTATIONS);
    // Recorded from the page's own world before any script runs: WXT's "script started"
    // postMessage, which the content script turns off, would tell the page we are here.
    const listener = await page.evaluateOnNewDocument(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
    });
    try {
      await page.goto(`${fixtureUrl}/l2-article.html`);
      await until(() => highlightedTexts(page, '#lead'), (t) => t.includes('optimistic rollup'));
      const { x, y } = await pointOf(page, '#split', 'sequencer');
      await page.mouse.move(x, y);
      expect((await openCard(page)).id).toBe('sequencer');
      await page.mouse.move(5, 5);
      await until(() => cardState(page), (c) => c === null);
      await ff.tabMessage(page.url(), { type: 'termlight:walk', direction: 1 });
      await openCard(page);
      await page.keyboard.press('Escape');
      await until(() => cardState(page), (c) => c === null);
      const foreign = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
      expect(foreign).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
      // The recorder itself works: a change by the page is seen.
      await page.evaluate(() => document.body.setAttribute('data-x', '1'));
      expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual(['attributes on BODY @data-x']);
    } finally {
      await page.removeScriptToEvaluateOnNewDocument(recorder.identifier);
      await page.removeScriptToEvaluateOnNewDocument(listener.identifier);
    }
  });
});
