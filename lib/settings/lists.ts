/**
 * The one edit every list setting gets (sites on or off, terms known, ids not meant here):
 * put an item in, once, or take it out; the list is never edited in place.
 */
export function withItem<T>(list: readonly T[], item: T, present: boolean): T[] {
  if (present) return list.includes(item) ? [...list] : [...list, item];
  return list.filter((x) => x !== item);
}
