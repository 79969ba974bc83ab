import { HISTORY_MAX, STUDY_MAX, type Lookup, type Study } from './schema';

/**
 * A card opened again on the same words of the same page within this time is the same
 * look-up, not a new one: a reader's pointer crosses a term many times while reading one
 * paragraph, and each crossing must not count as meeting the term again.
 */
export const REPEAT_MS = 30 * 60 * 1000;

export interface AddOptions {
  /** The most entries kept (the newest). */
  max?: number;
  repeatMs?: number;
}

/**
 * The history with `next` added: a repeat of a recent look-up (same term, page and
 * sentence within `repeatMs`) moves to the end with the new time instead of adding an
 * entry; past `max` the oldest entries go. Never changes `entries`.
 */
export function addLookup(entries: readonly Lookup[], next: Lookup, { max = HISTORY_MAX, repeatMs = REPEAT_MS }: AddOptions = {}): Lookup[] {
  let repeat = -1;
  // Entries are oldest first: only the tail can be recent enough.
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (next.at - e.at > repeatMs) break;
    if (e.term === next.term && e.url === next.url && e.sentence === next.sentence) {
      repeat = i;
      break;
    }
  }
  const kept = repeat >= 0 ? [...entries.slice(0, repeat), ...entries.slice(repeat + 1)] : [...entries];
  // A clock set back must not bury the newest look-up among older ones.
  const last = kept.at(-1);
  kept.push(last && last.at > next.at ? { ...next, at: last.at } : next);
  return kept.length > max ? kept.slice(kept.length - max) : kept;
}

/** The study list with `id` starred (added at `at`, kept where it was if already there) or not. */
export function setStarred(study: Study, id: string, starred: boolean, at: number): Study {
  const has = study.terms.some((t) => t.id === id);
  if (starred === has) return study;
  if (!starred) return { ...study, terms: study.terms.filter((t) => t.id !== id) };
  const terms = [...study.terms, { id, at }];
  return { ...study, terms: terms.length > STUDY_MAX ? terms.slice(-STUDY_MAX) : terms };
}

/** The study list with a suggestion of "I know this" for `id` turned down: it is not offered again. */
export function dismissSuggestion(study: Study, id: string): Study {
  if (study.dismissed.includes(id)) return study;
  const dismissed = [...study.dismissed, id];
  return { ...study, dismissed: dismissed.length > STUDY_MAX ? dismissed.slice(-STUDY_MAX) : dismissed };
}
