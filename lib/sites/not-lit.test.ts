import { describe, expect, it } from 'vitest';
import { notLitNotice } from './not-lit';
import { isUnknownSite } from './page-mode';

const settings = { allowSites: ['enabled.example'], denySites: ['muted.example'], everywhere: false };

describe('isUnknownSite', () => {
  it('holds for a site that is neither built in, local, nor on either of the reader\'s lists', () => {
    expect(isUnknownSite('news.example', settings)).toBe(true);
    expect(isUnknownSite('gardening.substack.com', settings)).toBe(true);
  });

  it('does not hold where Termlight runs or the reader decided', () => {
    expect(isUnknownSite('docs.uniswap.org', settings)).toBe(false);
    expect(isUnknownSite('127.0.0.1', settings)).toBe(false);
    expect(isUnknownSite('localhost', settings)).toBe(false);
    expect(isUnknownSite('blog.enabled.example', settings)).toBe(false);
    expect(isUnknownSite('muted.example', settings)).toBe(false);
    expect(isUnknownSite('news.example', { ...settings, everywhere: true })).toBe(false);
  });
});

describe('notLitNotice', () => {
  it('says why, and offers to light the site', () => {
    const notice = notLitNotice('news.example', undefined);
    expect(notice.why).toBe('Termlight is not on for news.example: it is not a crypto site it knows.');
    expect(notice.action).toBe('Light news.example');
  });

  it('gives the verdict once the page is read', () => {
    expect(notLitNotice('news.example', undefined).verdict).toBe('Reading the page…');
    expect(notLitNotice('news.example', { crypto: true, distinctTerms: 14, words: 900 }).verdict).toBe('This page reads as crypto: 14 glossary terms found.');
    expect(notLitNotice('news.example', { crypto: false, distinctTerms: 1, words: 900 }).verdict).toBe('This page does not read as crypto.');
    expect(notLitNotice('news.example', null).verdict).toBe('Termlight could not read this page.');
  });
});
