import { describe, expect, it } from 'vitest';
import { pageMode, type SiteSettings } from './page-mode';

const none: SiteSettings = { allowSites: [], denySites: [], everywhere: false };

describe('pageMode', () => {
  it('is on at a built-in site and at one the reader enabled, and off at others', () => {
    expect(pageMode(none, 'docs.uniswap.org')).toBe('on');
    expect(pageMode({ ...none, allowSites: ['reading-room.example'] }, 'notes.reading-room.example')).toBe('on');
    expect(pageMode(none, 'reading-room.example')).toBe('off');
  });

  it('gates every other site in everywhere mode, and local pages always', () => {
    expect(pageMode({ ...none, everywhere: true }, 'reading-room.example')).toBe('gated');
    expect(pageMode(none, '127.0.0.1')).toBe('gated');
  });

  it('is off wherever the reader switched the site off, built-in or not, in any mode', () => {
    const off = { allowSites: ['docs.uniswap.org'], denySites: ['docs.uniswap.org', 'reading-room.example'], everywhere: true };
    expect(pageMode(off, 'docs.uniswap.org')).toBe('off');
    expect(pageMode(off, 'reading-room.example')).toBe('off');
  });
});
