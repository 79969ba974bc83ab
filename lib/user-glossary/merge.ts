import type { UserEntry } from './schema';

export interface MergeInput {
  existing: UserEntry[];
  incoming: UserEntry[];
  bundledIds: ReadonlySet<string>;
}

/** What an import would do, shown before anything is stored. */
export interface MergePreview {
  /** The user glossary after the import: existing order, replaced entries in place, new ones appended. */
  result: UserEntry[];
  added: UserEntry[];
  replaced: { before: UserEntry; after: UserEntry }[];
  /**
   * Ids of added or replaced entries that shadow a bundled entry. An incoming entry that
   * equals the stored one changes nothing and is not listed, even if its id is bundled.
   */
  overridesBundled: string[];
  /** Incoming entries identical to the stored entry with the same id. */
  unchanged: number;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function sameEntry(a: UserEntry, b: UserEntry): boolean {
  return (
    a.id === b.id &&
    a.term === b.term &&
    a.short === b.short &&
    a.body === b.body &&
    sameList(a.aliases, b.aliases) &&
    sameList(a.areas, b.areas) &&
    sameList(a.related, b.related)
  );
}

/** The user's incoming entries win over stored user entries and over bundled ones with the same id. */
export function previewMerge({ existing, incoming, bundledIds }: MergeInput): MergePreview {
  // parseGlossaryImport refuses files with repeated ids; should a caller pass some anyway,
  // the last one wins, as it would if the entries were imported one by one.
  const latest = new Map<string, UserEntry>();
  for (const e of incoming) latest.set(e.id, e);

  const result = [...existing];
  const at = new Map<string, number>();
  result.forEach((e, i) => at.set(e.id, i));

  const added: UserEntry[] = [];
  const replaced: MergePreview['replaced'] = [];
  const overridesBundled: string[] = [];
  let unchanged = 0;

  for (const entry of latest.values()) {
    const i = at.get(entry.id);
    if (i === undefined) {
      at.set(entry.id, result.length);
      result.push(entry);
      added.push(entry);
    } else {
      const before = result[i]!;
      if (sameEntry(before, entry)) {
        unchanged++;
        continue;
      }
      result[i] = entry;
      replaced.push({ before, after: entry });
    }
    if (bundledIds.has(entry.id)) overridesBundled.push(entry.id);
  }
  return { result, added, replaced, overridesBundled, unchanged };
}
