import type { Settings } from '../settings/schema';

type MarkSettings = Pick<Settings, 'mode' | 'occurrences' | 'disabledAreas' | 'knownTerms'>;

/**
 * A mark chooser for one paint: ask it about each occurrence in page order, and it says
 * whether that one gets a mark. `section` numbers the page's sections (the text between
 * headings). Hover works on every occurrence whatever it says: the reader's settings only
 * decide what is painted.
 */
export function markChooser(settings: MarkSettings): (id: string, areas: readonly string[], section: number) => boolean {
  if (settings.mode === 'hover-only') return () => false;
  const offAreas = new Set(settings.disabledAreas);
  const known = new Set(settings.knownTerms);
  // The section each term was last marked in: occurrences come in page order, so a term
  // is marked again only when its section differs (never, for first-per-page).
  const markedIn = new Map<string, number>();
  const perPage = settings.occurrences === 'first-per-page';
  const every = settings.occurrences === 'all';
  return (id, areas, section) => {
    if (known.has(id)) return false;
    // A term stays lit while any of its areas is on. (Most readers turn none off: a big
    // page asks this ten thousand times.)
    if (offAreas.size > 0 && areas.length > 0 && areas.every((a) => offAreas.has(a))) return false;
    if (every) return true;
    const last = markedIn.get(id);
    if (last !== undefined && (perPage || last === section)) return false;
    markedIn.set(id, section);
    return true;
  };
}
