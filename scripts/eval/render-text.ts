/**
 * Turns a Markdown, MDX or AsciiDoc page into plain HTML good enough to read terms from:
 * headings, paragraphs, list items and code blocks (kept as <pre>, which Termlight skips).
 * Not a full renderer; the evaluation needs the words in their blocks, not the styling.
 */
export function renderText(source: string): string {
  const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const inline = (s: string): string =>
    escape(
      s
        .replace(/\(\(\(.*?\)\)\)/g, '') // AsciiDoc index entries
        .replace(/pass:\[(.*?)\]/g, '$1')
        .replace(/<[^>]+>/g, '') // inline HTML tags in Markdown
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images
        .replace(/[*_`]{1,3}([^*_`]+)[*_`]{1,3}/g, '$1')
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/\s+/g, ' ')
        .trim(),
    );
  const out: string[] = [];
  let paragraph: string[] = [];
  let code: string[] | undefined;
  let frontMatter = false;
  let frontMatterSeen = false;
  const flush = (): void => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const lines = source.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  lines.forEach((line) => {
    if (frontMatter) {
      if (line.trim() === '---') frontMatter = false;
      return;
    }
    // YAML front matter, only before any content.
    if (!frontMatterSeen && out.length === 0 && paragraph.length === 0 && line.trim() === '---') {
      frontMatter = true;
      frontMatterSeen = true;
      return;
    }
    if (code) {
      if (/^(```|----)\s*$/.test(line.trim())) {
        out.push(`<pre><code>${escape(code.join('\n'))}</code></pre>`);
        code = undefined;
      } else code.push(line);
      return;
    }
    if (/^(```|----)/.test(line.trim())) {
      flush();
      code = [];
      return;
    }
    const heading = /^(#{1,6}|={1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = Math.min(6, heading[1]!.length);
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
      return;
    }
    if (/^\s*$/.test(line) || /^\[.*\]$/.test(line.trim()) || /^(import|export) /.test(line)) {
      flush();
      return;
    }
    const item = /^\s*(?:[-*+]|\d+\.|\*{1,3})\s+(.*)$/.exec(line);
    if (item) {
      flush();
      out.push(`<li>${inline(item[1]!)}</li>`);
      return;
    }
    paragraph.push(line.trim());
  });
  flush();
  if (code) out.push(`<pre><code>${escape(code.join('\n'))}</code></pre>`);
  return out.join('\n');
}
