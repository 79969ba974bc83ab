import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SiteNotice } from '../../components/SiteNotice';
import { notLitNotice } from '../../lib/sites/not-lit';

describe('the popup\'s notice on a site Termlight does not know', () => {
  it('puts the verdict in a live region, so it is announced when reading the page ends', () => {
    const html = renderToStaticMarkup(<SiteNotice notice={notLitNotice('news.example', { crypto: true, distinctTerms: 5, words: 800 })} onLight={() => undefined} />);
    expect(html).toContain('<p role="status">This page reads as crypto: 5 glossary terms found.</p>');
    expect(html).toContain('<button type="button" class="enable-site">Light news.example</button>');
  });
});
