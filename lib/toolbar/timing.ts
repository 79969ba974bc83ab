/**
 * When the background asks a tab for its terms, and how long silence is read as "still
 * starting". The content script registers its message listener only after its first scan
 * is done, and cannot tell the background when its terms change; the background asks on a
 * few bounded occasions instead of polling.
 */

/** Within this long after a load, silence means "still starting" rather than "not here". */
export const STARTUP_GRACE_MS = 1000;

/**
 * Whether a tab that does not answer may yet: the content script registers its listener
 * only after its first scan, so a page that is loading or has just loaded, or whose top
 * frame is sending text to be matched, is not taken for one Termlight does not run on.
 */
export function stillStarting({ loading, sinceLoadedMs, scriptSeen }: {
  loading: boolean;
  /** How long ago the tab finished loading, if the background saw it happen. */
  sinceLoadedMs?: number;
  /** The tab's top frame has sent text to the background's matcher since it loaded. */
  scriptSeen: boolean;
}): boolean {
  return loading || scriptSeen || (sinceLoadedMs !== undefined && sinceLoadedMs < STARTUP_GRACE_MS);
}

/**
 * When the background asks a tab for its terms after it loads, in ms after the load: a
 * few times over a few seconds, then it is left alone (no endless polling). A page still
 * scanning by then is asked again when its text stops coming (ASK_AFTER_SCAN_MS).
 */
export const ASK_SCHEDULE_MS = [0, 300, 1000, 2500, 5000] as const;

/**
 * When the background asks again after a tab's top frame closed its scan port, which it
 * does a little after its last batch of text was matched: the first scan (after which the
 * content script starts answering) or a rescan of what the page changed.
 */
export const ASK_AFTER_SCAN_MS = [0, 500, 1500] as const;
