/** A block of the plain Markdown our own documents use (PRIVACY.md): no inline markup. */
export type Block = { kind: 'h1' | 'h2' | 'p'; text: string } | { kind: 'ul'; items: string[] };

/**
 * Reads headings (#, ##), paragraphs and "-" lists, joining wrapped lines, so a document
 * written for the repository can be shown inside the extension as it is. Anything richer
 * is kept as text: the caller renders it with textContent, never as HTML.
 */
export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  const close = (): void => {
    if (open) blocks.push(open);
    open = undefined;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    if (line === '') close();
    else if (heading) {
      close();
      blocks.push({ kind: heading[1] === '#' ? 'h1' : 'h2', text: heading[2]! });
    } else if (line.startsWith('- ')) {
      if (open?.kind !== 'ul') {
        close();
        open = { kind: 'ul', items: [] };
      }
      open.items.push(line.slice(2));
    } else if (open?.kind === 'ul' && raw.startsWith(' ')) {
      // An indented line continues the list's last item.
      open.items.push(`${open.items.pop() ?? ''} ${line}`);
    } else if (open?.kind === 'p') open.text += ` ${line}`;
    else {
      close();
      open = { kind: 'p', text: line };
    }
  }
  close();
  return blocks;
}
