import { describe, expect, it } from 'vitest';
import { renderText } from '../../scripts/eval/render-text';

describe('renderText', () => {
  it('turns headings, paragraphs, lists and code into blocks', () => {
    const html = renderText('---\ntitle: T\n---\n# Gas\n\nA *fee* paid\nin [gwei](x).\n\n- one item\n\n```js\nconst gas = 1;\n```\n');
    expect(html).toBe('<h1>Gas</h1>\n<p>A fee paid in gwei.</p>\n<li>one item</li>\n<pre><code>const gas = 1;</code></pre>');
  });

  it('drops AsciiDoc index entries and comments, and escapes HTML', () => {
    expect(renderText('<!-- source -->\n== Title\n((("x","y")))Text <b>&</b> more')).toBe('<h2>Title</h2>\n<p>Text &#38; more</p>');
  });
});
