import { describe, expect, it } from 'vitest';
import { CRYPTO_DOMAINS, contentScriptMatches, isCuratedHost, listedHost, originPatterns } from './domains';

/**
 * Hosting platforms: every tenant's subdomain is a site of its own (someone.github.io), so a
 * crypto tenant may be listed, but never the platform, whose `*.` pattern would light every
 * tenant's pages.
 */
const PLATFORMS = [
  'github.io', 'gitlab.io', 'gitbook.io', 'readthedocs.io', 'medium.com', 'substack.com', 'mirror.xyz', 'paragraph.xyz',
  'beehiiv.com', 'ghost.io', 'hashnode.dev', 'blogspot.com', 'wordpress.com', 'tumblr.com', 'wixsite.com', 'webflow.io',
  'framer.website', 'carrd.co', 'notion.site', 'super.site', 'mintlify.app', 'vercel.app', 'netlify.app', 'pages.dev',
  'web.app', 'firebaseapp.com', 'appspot.com', 'herokuapp.com', 'onrender.com', 'fly.dev', 'glitch.me', 'replit.app',
  'surge.sh', 'azurewebsites.net', 'cloudfront.net', 'amazonaws.com', 'eth.limo', 'eth.link', 'ipfs.io', 'dweb.link',
  'on-fleek.app', 'stackexchange.com',
];

/**
 * General-purpose sites: crypto is one subject among thousands there, and their subdomains
 * are the same site (old.reddit.com, docs.google.com), so neither they nor anything under
 * them belongs on the list.
 */
const GENERAL = [
  'github.com', 'gitlab.com', 'gitbook.com', 'readthedocs.org', 'notion.so', 'hackmd.io', 'google.com', 'youtube.com',
  'youtu.be', 'x.com', 'twitter.com', 'reddit.com', 'facebook.com', 'instagram.com', 'linkedin.com', 'tiktok.com',
  'discord.com', 'discord.gg', 't.me', 'telegram.org', 'bsky.app', 'wikipedia.org', 'archive.org', 'stackoverflow.com',
  'quora.com', 'dev.to', 'hackernoon.com', 'ycombinator.com', 'arxiv.org', 'ssrn.com', 'scribd.com', 'docsend.com',
  'bloomberg.com', 'reuters.com', 'ft.com', 'wsj.com', 'nytimes.com', 'forbes.com', 'cnbc.com', 'yahoo.com',
  'investing.com', 'tradingview.com', 'amazon.com', 'apple.com', 'microsoft.com', 'cloudflare.com', 'linktr.ee',
];

/** Lower-case labels of letters, digits and inner hyphens, ending in an alphabetic TLD: no scheme, path, port or wildcard. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const onOrUnder = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/** Every reason `list` breaks the rules of the built-in list, one line each; empty when it keeps them. */
function problems(list: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const host of list) {
    if (seen.has(host)) out.push(`${host}: listed twice`);
    seen.add(host);
    if (!HOST.test(host)) out.push(`${host}: not a bare lower-case host`);
    if (host.startsWith('www.')) out.push(`${host}: starts with www. (the pattern *.${host.slice(4)} already covers it)`);
    for (const platform of PLATFORMS) {
      if (host === platform) out.push(`${host}: a hosting platform, not a site`);
      // A tenant is one label above the platform (someone.github.io), nothing deeper.
      else if (onOrUnder(host, platform) && host.slice(0, -platform.length - 1).includes('.')) out.push(`${host}: not one tenant of ${platform}`);
    }
    for (const general of GENERAL) if (onOrUnder(host, general)) out.push(`${host}: on the general-purpose ${general}`);
    for (const other of list) if (other !== host && onOrUnder(host, other)) out.push(`${host}: already covered by ${other}`);
  }
  return out;
}

describe('the built-in site list', () => {
  it('holds several hundred sites', () => {
    expect(CRYPTO_DOMAINS.length).toBeGreaterThanOrEqual(300);
    expect(CRYPTO_DOMAINS.length).toBeLessThanOrEqual(450);
  });

  it('keeps every rule: bare hosts, unique, no platform or general site, none covered by another', () => {
    expect(problems(CRYPTO_DOMAINS)).toEqual([]);
  });

  it('has a rule check that catches each kind of mistake', () => {
    expect(
      problems([
        'docs.example.org',
        'docs.example.org',
        'https://bad.example/',
        'Upper.example',
        '*.wild.example',
        'www.site.example',
        'medium.com',
        'docs.someone.gitbook.io',
        'docs.google.com',
        'reddit.com',
        'example.net',
        'blog.example.net',
      ]),
    ).toEqual([
      'docs.example.org: listed twice',
      'https://bad.example/: not a bare lower-case host',
      'Upper.example: not a bare lower-case host',
      '*.wild.example: not a bare lower-case host',
      'www.site.example: starts with www. (the pattern *.site.example already covers it)',
      'medium.com: a hosting platform, not a site',
      'docs.someone.gitbook.io: not one tenant of gitbook.io',
      'docs.google.com: on the general-purpose google.com',
      'reddit.com: on the general-purpose reddit.com',
      'blog.example.net: already covered by example.net',
    ]);
    expect(problems(['someone.gitbook.io', 'example.org', 'example.net'])).toEqual([]);
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

  it('lists a tenant of a hosting platform without lighting the platform', () => {
    expect(isCuratedHost('thedailygwei.substack.com')).toBe(true);
    expect(isCuratedHost('gardening.substack.com')).toBe(false);
    expect(isCuratedHost('substack.com')).toBe(false);
  });

  it("matches the reader's lists by site and subdomain", () => {
    expect(listedHost('news.example.org', ['example.org'])).toBe(true);
    expect(listedHost('www.example.org', ['example.org'])).toBe(true);
    expect(listedHost('badexample.org', ['example.org'])).toBe(false);
    expect(originPatterns('example.org')).toEqual(['https://*.example.org/*', 'http://*.example.org/*']);
  });
});
