import { buildDigest } from '../../lib/history/digest';
import { mayWriteHistory, mayWriteStudy } from '../../lib/history/migrations';
import { dismissSuggestion, setStarred } from '../../lib/history/record';
import { historyValue, parseStudy, type Lookup } from '../../lib/history/schema';
import { addToSegments, joinSegments, type Segments } from '../../lib/history/segments';
import type { MessageOf } from '../../lib/messages';
import { historyItem, historyTailItem, loadSegments, saveHistory, studyItem } from '../../utils/history-store';
import { loadSettings } from '../../utils/settings-store';

/** What the background knows of a message's sender (runtime.MessageSender, the part read here). */
export interface Sender {
  tab?: { incognito: boolean };
}

type HistoryMessage = MessageOf<'termlight:record-lookup' | 'termlight:set-starred' | 'termlight:dismiss-suggestion' | 'termlight:clear-history'>;

export interface HistoryService {
  /** Applies a history or study-list message; resolves to whether anything was stored. */
  handle(message: HistoryMessage, sender: Sender): Promise<boolean>;
}

/**
 * The one writer of the history and the study list: content scripts in many tabs, the popup
 * and the options page all report here, and every change is applied in turn, so two tabs
 * recording at once never lose each other's look-up. `knows` says whether a term id is in
 * the bundled or the reader's glossary.
 */
export function createHistoryService(knows: (id: string) => Promise<boolean>): HistoryService {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  /**
   * The history as last read or written here, with the text stored for each segment. The
   * background is its only writer, so it stays right while the service worker lives and a
   * look-up costs no read; anything else that changes a segment drops it.
   */
  let cache: { segments: Segments; archive: string; tail: string } | undefined;
  let watching = false;
  /**
   * Follows the stored segments from the first change on, not from startup: defining their
   * items reads them, and the service worker wakes for every page it matches.
   */
  const follow = (): void => {
    if (watching) return;
    watching = true;
    historyItem().watch((value) => {
      if (cache && value !== cache.archive) cache = undefined;
    });
    historyTailItem().watch((value) => {
      if (cache && value !== cache.tail) cache = undefined;
    });
  };
  /** The history now: the cache, or what is stored. */
  const current = async (): Promise<Segments> => {
    follow();
    return cache?.segments ?? loadSegments();
  };
  /** Stores the history as `segments`, the archive only when `archiveChanged` (or nothing is known of it). */
  const store = async (segments: Segments, archiveChanged: boolean, at: number): Promise<void> => {
    const tail = historyValue(segments.tail);
    const archive = archiveChanged || !cache ? historyValue(segments.archive) : cache.archive;
    cache = { segments, archive, tail };
    await saveHistory({ tail, ...(archiveChanged ? { archive } : {}), digest: buildDigest(joinSegments(segments), at) });
  };

  const record = async (message: Extract<HistoryMessage, { type: 'termlight:record-lookup' }>, sender: Sender): Promise<boolean> => {
    // Private windows record nothing: only a tab that is known not to be private counts.
    if (!sender.tab || sender.tab.incognito) return false;
    if (!(await loadSettings()).settings.history) return false;
    if (!(await knows(message.term))) return false;
    const { type: _type, ...fields } = message;
    const lookup: Lookup = { ...fields, at: Date.now() };
    return serial(async () => {
      const metas = await Promise.all([historyItem().getMeta(), historyTailItem().getMeta()]);
      if (!metas.every(mayWriteHistory)) return false;
      const { segments, archiveChanged } = addToSegments(await current(), lookup);
      await store(segments, archiveChanged, lookup.at);
      return true;
    });
  };

  const study = (change: (current: ReturnType<typeof parseStudy>['value']) => ReturnType<typeof parseStudy>['value']): Promise<boolean> =>
    serial(async () => {
      if (!mayWriteStudy(await studyItem().getMeta())) return false;
      const current = parseStudy(await studyItem().getValue()).value;
      const next = change(current);
      if (next !== current) await studyItem().setValue(next);
      return true;
    });

  return {
    handle(message, sender) {
      switch (message.type) {
        case 'termlight:record-lookup':
          return record(message, sender);
        case 'termlight:set-starred':
          // Starring is asked for, as a bookmark is, so a private tab may star: it keeps only the term.
          return study((s) => setStarred(s, message.id, message.starred, Date.now()));
        case 'termlight:dismiss-suggestion':
          return study((s) => dismissSuggestion(s, message.id));
        case 'termlight:clear-history':
          return serial(async () => {
            // The reader asked for it: whatever version wrote the history, it goes, and this version's takes its place.
            follow();
            await store({ archive: [], tail: [] }, true, Date.now());
            return true;
          });
      }
    },
  };
}
