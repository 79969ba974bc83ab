import { describe, expect, it } from 'vitest';
import { escapeHtml, sourceAddress } from '../../scripts/eval/source';

describe('sourceAddress', () => {
  it("gives a corpus page the address and title of the file it copies, on its repository's host", () => {
    const page = '<!-- source: repo=github.com/ribbon-finance/ribbon-docs path=theta-vault/ribbon-v2.md commit=aa42ee2a1efe0000000000000000000000000000 license="none stated" format=markdown (original text below, unchanged) -->\n# Theta vaults';
    expect(sourceAddress(page)).toEqual({
      url: 'https://github.com/ribbon-finance/ribbon-docs/blob/aa42ee2a1efe0000000000000000000000000000/theta-vault/ribbon-v2.md',
      title: 'ribbon-docs/theta-vault/ribbon-v2.md at aa42ee2 · ribbon-finance/ribbon-docs',
    });
  });

  it('encodes each part of the path, keeping its slashes', () => {
    const page = '<!-- source: repo=github.com/a/b path=docs/pages/a b.mdx commit=abc -->';
    // A space ends the field, as in the corpus headers, whose paths have none.
    expect(sourceAddress(page)?.url).toBe('https://github.com/a/b/blob/abc/docs/pages/a');
    expect(sourceAddress('<!-- source: repo=github.com/a/b path=x/100%.md commit=abc -->')?.url).toBe('https://github.com/a/b/blob/abc/x/100%25.md');
  });

  it('finds nothing in a page without the header, or with one that names no file', () => {
    expect(sourceAddress('# A page')).toBeUndefined();
    expect(sourceAddress('<!-- source: repo=github.com/a/b commit=abc -->')).toBeUndefined();
    expect(sourceAddress('<!-- source: repo=nowhere path=x commit=abc -->')).toBeUndefined();
  });
});

describe('escapeHtml', () => {
  it('keeps a title from closing its element', () => {
    expect(escapeHtml('a</title><script>"')).toBe('a&#60;/title&#62;&#60;script&#62;&#34;');
  });
});
