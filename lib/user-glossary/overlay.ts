/**
 * The reader's own glossary laid over the bundled one: an entry of theirs replaces a bundled
 * entry with the same id, everywhere an entry is found (cards, search, the glossary browser).
 */

/** Bundled entries the reader did not replace, then the reader's, in their order. */
export function overlayEntries<B extends { id: string }, U extends { id: string }>(bundled: readonly B[], user: readonly U[]): (B | U)[] {
  if (user.length === 0) return [...bundled];
  const mine = new Set(user.map((e) => e.id));
  return [...bundled.filter((e) => !mine.has(e.id)), ...user];
}

/** Finds an entry by id, the reader's first. */
export function overlayFinder<B, U extends { id: string }>(bundled: ReadonlyMap<string, B>, user: readonly U[]): (id: string) => B | U | undefined {
  const mine = new Map(user.map((e) => [e.id, e]));
  return (id) => mine.get(id) ?? bundled.get(id);
}
