import { describe, expect, it } from 'vitest';
import type { PageTermsResponse } from '../messages';
import { toolbarState } from './state';

function reply(url: string, termCount: number): PageTermsResponse {
  const terms = Array.from({ length: termCount }, (_, i) => ({ id: `term-${i}`, term: `Term ${i}`, count: 1 }));
  return { url, crypto: termCount > 0, marks: true, terms };
}

describe('toolbarState', () => {
  it('counts the distinct terms of a lit page on the badge', () => {
    const state = toolbarState({ reply: reply('https://docs.uniswap.org/concepts', 12), denySites: [] });
    expect(state).toMatchObject({ kind: 'lit', badge: '12', icon: 'lit', title: 'Termlight: 12 glossary terms on this page' });
    expect(toolbarState({ reply: reply('https://ethereum.org/', 1), denySites: [] }).title).toBe('Termlight: 1 glossary term on this page');
  });

  it('caps the badge at what a toolbar button can show', () => {
    expect(toolbarState({ reply: reply('https://ethereum.org/', 99), denySites: [] }).badge).toBe('99');
    expect(toolbarState({ reply: reply('https://ethereum.org/', 100), denySites: [] }).badge).toBe('99+');
  });

  it('greys the icon and drops the badge on a site the reader switched off, whatever the page reports', () => {
    for (const count of [0, 7]) {
      const state = toolbarState({ reply: reply('https://www.Docs.Uniswap.org/x', count), denySites: ['docs.uniswap.org'] });
      expect(state).toMatchObject({ kind: 'off', badge: '', icon: 'off', title: 'Termlight is off on docs.uniswap.org: click to turn it back on' });
    }
    // A switched-off site covers its subdomains, as on the page (lib/sites/domains.ts listedHost).
    expect(toolbarState({ reply: reply('https://research.example.org/', 3), denySites: ['example.org'] }).kind).toBe('off');
    expect(toolbarState({ reply: reply('https://example.org.evil.test/', 3), denySites: ['example.org'] }).kind).toBe('lit');
  });

  it('is quiet, with the normal icon, where Termlight runs but lights nothing', () => {
    expect(toolbarState({ reply: reply('http://127.0.0.1:4000/chemistry.html', 0), denySites: [] })).toMatchObject({ kind: 'quiet', badge: '', icon: 'lit' });
  });

  it('has a state of its own where no content script answers', () => {
    const state = toolbarState({ reply: undefined, denySites: [] });
    expect(state).toMatchObject({ kind: 'unknown', badge: '?', icon: 'lit' });
    expect(state.title).toMatch(/^Termlight is not on for this page: click to light/);
    expect(state.badgeColor).not.toBe(toolbarState({ reply: reply('https://ethereum.org/', 3), denySites: [] }).badgeColor);
  });

  it('shows the defaults, not "?", while a content script may still be starting', () => {
    expect(toolbarState({ reply: undefined, denySites: [], starting: true })).toMatchObject({ kind: 'waiting', badge: '', icon: 'lit', title: 'Termlight' });
    // An answer is shown whatever the timing.
    expect(toolbarState({ reply: reply('https://ethereum.org/', 2), denySites: [], starting: true }).kind).toBe('lit');
  });

  it('does not trip on an answer whose address cannot be read', () => {
    expect(toolbarState({ reply: reply('not a url', 2), denySites: ['example.org'] }).kind).toBe('lit');
  });
});
