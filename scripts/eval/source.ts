/**
 * Where a corpus page came from. Each file of the evaluation corpus opens with one line,
 * `<!-- source: repo=github.com/OWNER/NAME path=PATH commit=SHA ... -->`, naming the file it
 * copies; the page's real address is that file on its repository's host, and its title is
 * the one that host gives a file ("PATH at SHA · OWNER/NAME").
 */
export interface SourceAddress {
  url: string;
  title: string;
}

export function sourceAddress(text: string): SourceAddress | undefined {
  const header = /^<!-- source: ([^\n]*?)-->/.exec(text)?.[1];
  if (!header) return undefined;
  const field = (name: string): string | undefined => new RegExp(`(?:^|\\s)${name}=(\\S+)`).exec(header)?.[1];
  const repo = field('repo');
  const path = field('path');
  const commit = field('commit');
  if (!repo || !path || !commit || !/^[\w.-]+(?:\/[\w.-]+){2}$/.test(repo)) return undefined;
  const [host, owner, name] = repo.split('/') as [string, string, string];
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return { url: `https://${host}/${owner}/${name}/blob/${commit}/${encoded}`, title: `${name}/${path} at ${commit.slice(0, 7)} · ${owner}/${name}` };
}

/** Text safe inside an HTML element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
