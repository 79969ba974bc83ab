import matcherIndex from 'virtual:termlight/matcher';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { selectMarks } from '../../lib/marks/select';
import type { MatcherIndex } from '../../lib/match/compile';
import { Matcher } from '../../lib/match/matcher';
import { TermSet, type SetMatch } from '../../lib/match/term-set';
import type { Settings } from '../../lib/settings/schema';
import { isCuratedHost, isLocalHost, listedHost, siteOf } from '../../lib/sites/domains';
import { loadSettings, userMatcherItem, watchSettings } from '../../utils/settings-store';
import { Highlighter, highlightName, highlightsSupported } from './highlighter';
import { watchMutations } from './mutations';
import { PageScan, rangesOf } from './page-scan';
import { Slicer } from './slicer';

/**
 * How Termlight treats this page: off (the reader switched the site off, or it is not
 * one Termlight runs on), on (a built-in or reader-enabled site), or gated ("everywhere"
 * mode: lit only if the page reads as crypto).
 */
export type PageMode = 'off' | 'on' | 'gated';

export function pageMode(settings: Settings, hostname: string): PageMode {
  if (listedHost(hostname, settings.denySites)) return 'off';
  if (isCuratedHost(hostname) || listedHost(hostname, settings.allowSites)) return 'on';
  return settings.everywhere || isLocalHost(hostname) ? 'gated' : 'off';
}

/** What the rest of the content script reads: the current scan and settings. */
export interface TermlightState {
  readonly settings: Settings;
  readonly terms: TermSet;
  /** The scan, when Termlight is lit on this page. */
  readonly scan: PageScan | undefined;
  /** Whether a match counts here: ambiguous words only on pages that read as crypto. */
  counts(m: SetMatch): boolean;
}

/** Bodies of same-origin frames, read by the top frame so "On this page" covers them. */
function sameOriginFrameBodies(): HTMLElement[] {
  return [...document.querySelectorAll('iframe')].flatMap((frame) => {
    try {
      const body = frame.contentDocument?.body;
      return body ? [body] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Scans the page in slices, paints the marks the settings ask for, and follows changes to
 * the page, the settings and the reader's glossary live.
 */
export async function startTermlight(ctx: ContentScriptContext): Promise<TermlightState> {
  const isTop = window === window.top;
  const bundled = new Matcher(matcherIndex);
  const termSetWith = (user: MatcherIndex | null): TermSet => new TermSet(user ? [bundled, new Matcher(user)] : [bundled]);
  let settings = (await loadSettings()).settings;
  let terms = termSetWith(await userMatcherItem.getValue());
  let scan: PageScan | undefined;
  let crypto = false;
  const highlighter = highlightsSupported() ? new Highlighter() : undefined;
  const roots = (): Node[] => (isTop ? [document.body, ...sameOriginFrameBodies()] : [document.body]);

  const lit = (): boolean => scan !== undefined && (pageMode(settings, location.hostname) === 'on' || crypto);
  const counts = (m: SetMatch): boolean => crypto || !terms.isAmbiguous(m);

  const repaint = (): void => {
    if (!highlighter) return;
    if (!scan || !lit()) {
      highlighter.clear();
      return;
    }
    // Marks belong to this document; a same-origin frame paints its own.
    const all = scan
      .all()
      .filter((b) => b.block.nodes[0]?.ownerDocument === document)
      .flatMap((scanned) => scanned.matches.map((match, i) => ({ scanned, match, i })))
      .filter(({ match }) => counts(match));
    let section = 0;
    let lastOwner: Node | null = null;
    const occurrences = all.map(({ scanned, match }) => {
      if (scanned.block.heading && scanned.block.owner !== lastOwner) section++;
      lastOwner = scanned.block.owner;
      return { id: terms.idOf(match), areas: terms.areasOf(match), section };
    });
    // Terms the reader knows, and words they said mean something else on this site.
    const hidden = [...settings.knownTerms, ...(settings.notThisMeaning[siteOf(location.hostname)] ?? [])];
    const chosen = selectMarks(occurrences, { ...settings, knownTerms: hidden });
    highlighter.paint(
      all.filter((_, k) => chosen[k]).map(({ scanned, i }) => rangesOf(scanned)[i]!),
      highlightName(settings),
    );
  };

  const refreshCrypto = (): void => {
    crypto = scan?.readsAsCrypto() ?? false;
  };
  const onSlice = (): void => {
    refreshCrypto();
    repaint();
  };

  let running = Promise.resolve();
  /** Serialises scans so a rescan never interleaves with an update in flight. */
  const queue = (work: () => Promise<void>): Promise<void> => (running = running.then(work, work));

  const rescan = (): Promise<void> =>
    queue(async () => {
      if (pageMode(settings, location.hostname) === 'off') {
        scan = undefined;
      } else {
        scan = new PageScan(terms);
        await scan.add(roots(), new Slicer(), onSlice);
      }
      onSlice();
    });

  const stopMutations = watchMutations(ctx, (dirty) =>
    queue(async () => {
      if (!scan) return;
      scan.drop(dirty);
      await scan.add(dirty.filter((n) => n.isConnected), new Slicer(), onSlice);
      onSlice();
    }),
  );
  if (isTop) {
    // A frame that loads later is read when it does.
    ctx.addEventListener(document, 'load', (event) => {
      const frame = event.target;
      if (!(frame instanceof HTMLIFrameElement)) return;
      try {
        const body = frame.contentDocument?.body;
        if (body && scan) void queue(async () => scan?.add([body], new Slicer(), onSlice));
      } catch {
        // Cross-origin: its own content script, if any, handles it.
      }
    }, { capture: true });
  }

  const stopSettings = watchSettings((next) => {
    const before = pageMode(settings, location.hostname);
    settings = next;
    if (pageMode(next, location.hostname) !== before) void rescan();
    else repaint();
  });
  const stopUser = userMatcherItem.watch((index) => {
    terms = termSetWith(index);
    void rescan();
  });
  ctx.onInvalidated(() => {
    stopMutations();
    stopSettings();
    stopUser();
    highlighter?.dispose();
  });

  await rescan();
  return {
    get settings() {
      return settings;
    },
    get terms() {
      return terms;
    },
    get scan() {
      return lit() ? scan : undefined;
    },
    counts,
  };
}
