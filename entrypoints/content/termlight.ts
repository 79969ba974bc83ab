import matcherIndex from 'virtual:termlight/matcher';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { selectMarks } from '../../lib/marks/select';
import type { MatcherIndex } from '../../lib/match/compile';
import { Matcher } from '../../lib/match/matcher';
import { TermSet } from '../../lib/match/term-set';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, userMatcherItem, watchSettings } from '../../utils/settings-store';
import { Highlighter, highlightName, highlightsSupported } from './highlighter';
import { rangeOf, scanPage, type PageScan } from './page-scan';

/** What the rest of the content script reads: the current scan and settings. */
export interface TermlightState {
  readonly scan: PageScan | undefined;
  readonly settings: Settings;
  readonly terms: TermSet;
}

function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether the reader switched this site off ("Disable on this site" wins over everything). */
export function siteDisabled(settings: Settings, hostname: string): boolean {
  const site = siteOf(hostname);
  return settings.denySites.some((d) => site === d || site.endsWith(`.${d}`));
}

/**
 * Scans the page, paints the marks the settings ask for, and follows changes to the
 * settings and the reader's glossary live: repainting when only the selection changes,
 * rescanning when the terms or the site's switch change.
 */
export async function startTermlight(ctx: ContentScriptContext): Promise<TermlightState> {
  const bundled = new Matcher(matcherIndex);
  const termSetWith = (user: MatcherIndex | null): TermSet => new TermSet(user ? [bundled, new Matcher(user)] : [bundled]);
  const state = {
    settings: (await loadSettings()).settings,
    terms: termSetWith(await userMatcherItem.getValue()),
    scan: undefined as PageScan | undefined,
  };
  const highlighter = highlightsSupported() ? new Highlighter() : undefined;

  const repaint = (): void => {
    if (!highlighter) return;
    const scan = state.scan;
    if (!scan) {
      highlighter.clear();
      return;
    }
    const all = scan.blocks.flatMap((scanned) => scanned.matches.map((match) => ({ scanned, match })));
    // Terms the reader knows, and words they said mean something else on this site.
    const hidden = [...state.settings.knownTerms, ...(state.settings.notThisMeaning[siteOf(location.hostname)] ?? [])];
    const chosen = selectMarks(
      all.map(({ scanned, match }) => ({ id: state.terms.idOf(match), areas: state.terms.areasOf(match), section: scanned.block.section })),
      { ...state.settings, knownTerms: hidden },
    );
    highlighter.paint(
      all.filter((_, i) => chosen[i]).map(({ scanned, match }) => rangeOf(scanned, match)),
      highlightName(state.settings),
    );
  };
  const rescan = (): void => {
    state.scan = siteDisabled(state.settings, location.hostname) ? undefined : scanPage(document.body, state.terms);
    repaint();
  };

  const stopSettings = watchSettings((next) => {
    const wasDisabled = siteDisabled(state.settings, location.hostname);
    state.settings = next;
    if (siteDisabled(next, location.hostname) !== wasDisabled) rescan();
    else repaint();
  });
  const stopUser = userMatcherItem.watch((index) => {
    state.terms = termSetWith(index);
    rescan();
  });
  ctx.onInvalidated(() => {
    stopSettings();
    stopUser();
    highlighter?.dispose();
  });

  rescan();
  return state;
}
