import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from './blocks';

describe('parseBlocks', () => {
  it('reads headings, paragraphs and lists, joining wrapped lines', () => {
    const md = ['# Title', '', 'One paragraph', 'on two lines.', '## Part', '- first item', '  wrapped', '- second', 'After the list.', ''].join('\n');
    expect(parseBlocks(md)).toEqual([
      { kind: 'h1', text: 'Title' },
      { kind: 'p', text: 'One paragraph on two lines.' },
      { kind: 'h2', text: 'Part' },
      { kind: 'ul', items: ['first item wrapped', 'second'] },
      { kind: 'p', text: 'After the list.' },
    ]);
  });

  it('keeps markup it does not read as text', () => {
    expect(parseBlocks('<b>bold</b> and `code`')).toEqual([{ kind: 'p', text: '<b>bold</b> and `code`' }]);
    expect(parseBlocks('### deeper')).toEqual([{ kind: 'p', text: '### deeper' }]);
  });

  it('reads PRIVACY.md whole: one title, its sections, no line lost', () => {
    const md = readFileSync(join(import.meta.dirname, '..', '..', 'PRIVACY.md'), 'utf8');
    const blocks = parseBlocks(md);
    expect(blocks.filter((b) => b.kind === 'h1')).toHaveLength(1);
    expect(blocks.filter((b) => b.kind === 'h2').map((b) => (b.kind === 'h2' ? b.text : ''))).toContain('How to clear it');
    const words = (s: string): number => s.split(/\s+/).filter((w) => w !== '' && w !== '-' && !/^#+$/.test(w)).length;
    const kept = blocks.reduce((n, b) => n + (b.kind === 'ul' ? b.items.reduce((m, i) => m + words(i), 0) : words(b.text)), 0);
    expect(kept).toBe(words(md));
  });
});
