import { describe, expect, it } from 'vitest';
import { desiredRegistration } from './registration';

describe('desiredRegistration', () => {
  it('covers enabled sites whose permission was granted, and only those', () => {
    const { matches } = desiredRegistration({
      allowSites: ['news.example', 'blog.example'],
      everywhere: false,
      granted: ['https://*.news.example/*', 'http://*.news.example/*'],
    });
    expect(matches).toEqual(['https://*.news.example/*', 'http://*.news.example/*']);
  });

  it('covers every site in everywhere mode once all sites are granted', () => {
    expect(desiredRegistration({ allowSites: [], everywhere: true, granted: ['https://*/*', 'http://*/*'] }).matches).toEqual(['https://*/*', 'http://*/*']);
    expect(desiredRegistration({ allowSites: [], everywhere: true, granted: [] }).matches).toEqual([]);
  });

  it('leaves the built-in sites to the manifest', () => {
    expect(desiredRegistration({ allowSites: [], everywhere: true, granted: ['<all_urls>'] }).excludeMatches).toContain('https://*.ethereum.org/*');
  });
});
