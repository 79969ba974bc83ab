/** The parts of store/listing.md the stores' forms take. */
export interface Listing {
  /** The summary: at most 132 characters in the Chrome Web Store, and the manifest's description. */
  short: string;
  long: string;
}

/** Chrome's limit for the summary (and the manifest description it comes from). */
export const MAX_SHORT_DESCRIPTION = 132;

/**
 * Reads the "## Short description" and "## Long description" sections of the listing; the
 * short one is joined into one line. Undefined when either is missing or empty.
 */
export function parseListing(markdown: string): Listing | undefined {
  const section = (title: string): string | undefined => {
    const lines = markdown.split(/\r?\n/);
    const start = lines.findIndex((l) => l.trim() === `## ${title}`);
    if (start < 0) return undefined;
    const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
    const text = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
    return text === '' ? undefined : text;
  };
  const short = section('Short description')?.replace(/\s+/g, ' ');
  const long = section('Long description');
  return short && long ? { short, long } : undefined;
}
