import { storage } from '@wxt-dev/storage';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseStudy } from '../../lib/history/schema';
import { STUDY_KEY } from '../../utils/history-store';

export interface StudyMirror {
  /** Starts reading the study list, once; cards shown before it arrives show no star. */
  load(): void;
  has(id: string): boolean;
  /** Shows a change at once, before the background has stored it. */
  set(id: string, starred: boolean): void;
}

/**
 * The study list as this page's cards need it: which terms are starred. Read by key on the
 * first card, never on page load, and kept up to date while the page lives.
 */
export function createStudyMirror(ctx: ContentScriptContext, onChange: () => void): StudyMirror {
  let starred = new Set<string>();
  let loading = false;
  const apply = (raw: unknown): void => {
    starred = new Set(parseStudy(raw).value.terms.map((t) => t.id));
    onChange();
  };
  return {
    load() {
      if (loading) return;
      loading = true;
      const stop = storage.watch<unknown>(STUDY_KEY, apply);
      ctx.onInvalidated(stop);
      void storage.getItem<unknown>(STUDY_KEY).then(apply, () => undefined);
    },
    has: (id) => starred.has(id),
    set(id, on) {
      starred = new Set(starred);
      if (on) starred.add(id);
      else starred.delete(id);
      onChange();
    },
  };
}
