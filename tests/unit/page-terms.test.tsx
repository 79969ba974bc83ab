import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageTerms } from '../../components/PageTerms';
import type { PageTermsResponse } from '../../lib/messages';

const report = (marks: boolean, terms: PageTermsResponse['terms']): PageTermsResponse => ({ url: 'https://docs.example.org/', crypto: true, marks, terms });
const render = (r: PageTermsResponse): string => renderToStaticMarkup(<PageTerms report={r} onReveal={() => undefined} onOpen={() => undefined} />);

describe('"On this page" in the popup', () => {
  it('says once that marks cannot be drawn, and still lists the terms found', () => {
    const html = render(report(false, [{ id: 'gamma', term: 'Gamma', count: 2 }]));
    expect(html.match(/cannot draw Termlight/g)).toHaveLength(1);
    expect(html).toContain('Gamma');
  });

  it('says nothing about marks where the browser draws them', () => {
    expect(render(report(true, [{ id: 'gamma', term: 'Gamma', count: 2 }]))).not.toContain('cannot draw');
    expect(render(report(true, []))).toContain('No glossary terms on this page.');
  });
});
