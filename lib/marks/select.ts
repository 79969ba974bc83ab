import type { Settings } from '../settings/schema';

/** One occurrence on the page, as the selection needs to see it. */
export interface Occurrence {
  id: string;
  areas: readonly string[];
  /** Index of the page section (text between headings) the occurrence is in. */
  section: number;
}

/**
 * Which occurrences get a mark, in page order. Hover works on every occurrence whatever
 * this returns: the reader's settings only decide what is painted.
 */
export function selectMarks(
  occurrences: readonly Occurrence[],
  settings: Pick<Settings, 'mode' | 'occurrences' | 'disabledAreas' | 'knownTerms'>,
): boolean[] {
  if (settings.mode === 'hover-only') return occurrences.map(() => false);
  const offAreas = new Set(settings.disabledAreas);
  const known = new Set(settings.knownTerms);
  // The section each term was last marked in: occurrences come in page order, so a term
  // is marked again only when its section differs (never, for first-per-page).
  const markedIn = new Map<string, number>();
  const perPage = settings.occurrences === 'first-per-page';
  return occurrences.map((o) => {
    if (known.has(o.id)) return false;
    // A term stays lit while any of its areas is on.
    if (o.areas.length > 0 && o.areas.every((a) => offAreas.has(a))) return false;
    if (settings.occurrences === 'all') return true;
    const last = markedIn.get(o.id);
    if (last !== undefined && (perPage || last === o.section)) return false;
    markedIn.set(o.id, o.section);
    return true;
  });
}
