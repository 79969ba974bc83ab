import { areas, entries } from 'virtual:termlight/entries';
import type { EntryResponse } from '../../lib/messages';
import { weakSpellings } from '../../lib/glossary/spellings';
import { overlayFinder } from '../../lib/user-glossary/overlay';
import type { UserEntry } from '../../lib/user-glossary/schema';

/** The parts of an entry a card shows; bundled and user entries both have them. */
type Showable = Pick<UserEntry, 'id' | 'term' | 'aliases' | 'areas' | 'short' | 'body' | 'related'> & { weak?: string[] };

export interface EntryLookup {
  (id: string, user: readonly UserEntry[]): EntryResponse | undefined;
  /** Whether the bundled glossary has the id, without reading the reader's own. */
  has(id: string): boolean;
}

/**
 * Full entries live in the background beside the matcher, so the content script ships
 * neither. The reader's own entries win over bundled ones with the same id.
 */
export function createEntryLookup(): EntryLookup {
  const bundled = new Map<string, Showable>(entries.map((e) => [e.id, e]));
  const areaNames = new Map(areas.map((a) => [a.id, a.name]));
  const lookup = (id: string, user: readonly UserEntry[]): EntryResponse | undefined => {
    const find: (key: string) => Showable | undefined = overlayFinder(bundled, user);
    const e = find(id);
    if (!e) return undefined;
    return {
      id: e.id,
      term: e.term,
      ambiguous: weakSpellings(e).length > 0,
      aliases: e.aliases,
      areas: e.areas.map((a) => ({ id: a, name: areaNames.get(a) ?? humanise(a) })),
      short: e.short,
      body: e.body,
      related: e.related.flatMap((r) => {
        const target = find(r);
        return target ? [{ id: r, term: target.term }] : [];
      }),
    };
  };
  return Object.assign(lookup, { has: (id: string) => bundled.has(id) });
}

/** "my-terms" -> "My terms", for areas only the reader's glossary uses. */
function humanise(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
