import { describe, expect, it } from 'vitest';
import { CRYPTO_DOMAINS, contentScriptMatches, isCuratedHost, listedHost, originPatterns } from './domains';

describe('the built-in site list', () => {
  it('holds at least 60 distinct, well-formed domains', () => {
    expect(new Set(CRYPTO_DOMAINS).size).toBe(CRYPTO_DOMAINS.length);
    expect(CRYPTO_DOMAINS.length).toBeGreaterThanOrEqual(60);
    for (const d of CRYPTO_DOMAINS) expect(d).toMatch(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/);
  });

  it('never asks for every site', () => {
    for (const m of contentScriptMatches()) expect(m).not.toMatch(/^\*:|<all_urls>|^https?:\/\/\*\/\*/);
  });

  it('covers a domain and its subdomains, not look-alikes', () => {
    expect(isCuratedHost('ethereum.org')).toBe(true);
    expect(isCuratedHost('www.ethereum.org')).toBe(true);
    expect(isCuratedHost('blog.ethereum.org')).toBe(true);
    expect(isCuratedHost('notethereum.org')).toBe(false);
    expect(isCuratedHost('ethereum.org.evil.example')).toBe(false);
  });

  it("matches the reader's lists by site and subdomain", () => {
    expect(listedHost('news.example.org', ['example.org'])).toBe(true);
    expect(listedHost('www.example.org', ['example.org'])).toBe(true);
    expect(listedHost('badexample.org', ['example.org'])).toBe(false);
    expect(originPatterns('example.org')).toEqual(['https://*.example.org/*', 'http://*.example.org/*']);
  });
});
