import type { ExportItem } from './export';

/** The note type's fields, in order: what the README documents and the templates use. */
export const ANKI_FIELDS = ['Term', 'Sentence', 'Definition', 'Explanation', 'Related', 'Source'] as const;

/** One Anki note: fields as HTML, in ANKI_FIELDS order. */
export interface AnkiNote {
  /**
   * Stable per term: importing a later export updates the reader's notes instead of adding
   * copies, which is how Anki matches notes on import.
   */
  guid: string;
  fields: string[];
  tags: string[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Where the term sits in its sentence: the span recorded when it was looked up, else the
 * first place one of its spellings appears (longest first), else nowhere.
 */
function termSpan(item: ExportItem): [number, number] | undefined {
  const { lookup, entry } = item;
  if (!lookup) return undefined;
  if (lookup.span) return lookup.span;
  const lower = lookup.sentence.toLowerCase();
  for (const spelling of [entry.term, ...entry.aliases].sort((a, b) => b.length - a.length)) {
    const at = lower.indexOf(spelling.toLowerCase());
    if (at >= 0 && spelling.length > 0) return [at, at + spelling.length];
  }
  return undefined;
}

/** The sentence as HTML with the looked-up words in bold. */
export function sentenceHtml(item: ExportItem): string {
  const sentence = item.lookup?.sentence ?? '';
  const span = termSpan(item);
  if (!span) return escapeHtml(sentence);
  const [s, e] = span;
  return `${escapeHtml(sentence.slice(0, s))}<b>${escapeHtml(sentence.slice(s, e))}</b>${escapeHtml(sentence.slice(e))}`;
}

/** Paragraphs as HTML: the glossary separates them with blank lines. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(escapeHtml)
    .join('<br><br>');
}

/** A link to the page the term was met on; only web addresses are links. */
function sourceHtml(item: ExportItem): string {
  const lookup = item.lookup;
  if (!lookup) return '';
  const label = escapeHtml(lookup.title || lookup.url);
  return /^https?:\/\//i.test(lookup.url) ? `<a href="${escapeHtml(lookup.url)}">${label}</a>` : label;
}

/** Anki tags hold no spaces: "termlight" and each area's id. */
function tagsOf(item: ExportItem): string[] {
  return ['termlight', ...item.entry.areas.map((a) => a.id.replace(/\s+/g, '_'))];
}

/** One note per item: front the term and its sentence, back the definition, explanation and related terms. */
export function ankiNotes(items: readonly ExportItem[]): AnkiNote[] {
  return items.map((item) => ({
    guid: `termlight-${item.entry.id}`,
    fields: [
      escapeHtml(item.entry.term),
      sentenceHtml(item),
      escapeHtml(item.entry.short),
      paragraphsHtml(item.entry.body),
      item.entry.related.map((r) => escapeHtml(r.term)).join(', '),
      sourceHtml(item),
    ],
    tags: tagsOf(item),
  }));
}

/** The first field as Anki compares it for duplicates: HTML tags and entities out. */
export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
