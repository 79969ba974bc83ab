import * as z from 'zod/mini';
import { termIdSchema } from './glossary/ids';
import { HISTORY_MAX, reportedFields } from './history/schema';

/**
 * Every message that crosses a context boundary. Receivers parse with `parseMessage` and
 * ignore anything that does not fit: a page can never forge its way into our handlers, and
 * a stale tab from an older version gets no answer instead of a wrong one. Built on the
 * first message, not when the content script loads: most pages never receive one.
 */
/** The port content scripts send their text to the background's matcher on; its messages share the name. */
export const SCAN_PORT = 'termlight:scan';

/**
 * The most text of a page the popup sends to be judged (`termlight:judge-text`): a page's
 * opening is enough to tell whether it reads as crypto, and the cost stays bounded.
 */
export const JUDGE_TEXT_MAX = 20_000;

const buildMessageSchema = () =>
  z.discriminatedUnion('type', [
    /** Popup/tests -> content script: which glossary terms this page contains. */
    z.strictObject({ type: z.literal('termlight:page-terms') }),
    /** Content script/popup -> background: the full entry for a card. */
    z.strictObject({ type: z.literal('termlight:get-entry'), id: termIdSchema }),
    /** Popup -> content script: scroll to and flash the first occurrence of a term. */
    z.strictObject({ type: z.literal('termlight:reveal'), id: termIdSchema }),
    /**
     * Background -> content script (keyboard shortcut or context menu): open the card for the
     * selection, or for the term at the caret when nothing is selected.
     */
    z.strictObject({ type: z.literal('termlight:lookup-selection'), text: z.optional(z.string().check(z.maxLength(500))) }),
    /**
     * Background -> content script (keyboard shortcut): open the card of the next (1) or
     * previous (-1) marked term, scrolled into view, with focus in the card.
     */
    z.strictObject({ type: z.literal('termlight:walk'), direction: z.union([z.literal(1), z.literal(-1)]) }),
    /** Tests and bench -> content script: what the scan cost. */
    z.strictObject({ type: z.literal('termlight:stats') }),
    /**
     * Content script -> background, over the port of that name: the glossary terms in each
     * of these texts. Answered on the port with `{ id, reply }`, the reply a ScanReply.
     */
    z.strictObject({ type: z.literal(SCAN_PORT), id: z.int().check(z.minimum(0)), texts: z.array(z.string()) }),
    /** Content script -> background: the id of the first term in a selection, or null. */
    z.strictObject({ type: z.literal('termlight:lookup-text'), text: z.string().check(z.maxLength(500)) }),
    /** Content script -> background: open the glossary page at an entry. */
    z.strictObject({ type: z.literal('termlight:open-glossary'), id: termIdSchema }),
    /**
     * Popup -> background: whether the opening of a page Termlight is not on reads as crypto;
     * content script -> background, in everywhere mode: what a bounded sample of the page
     * holds, for the gate (lib/sites/gate.ts). Answered with a TextJudgement (lib/sites/judge-text.ts).
     */
    z.strictObject({ type: z.literal('termlight:judge-text'), text: z.string().check(z.maxLength(JUDGE_TEXT_MAX)) }),
    /**
     * Content script -> background: a card opened on this page (lib/history). The background
     * records it unless the tab is private or the reader turned the history off.
     */
    z.strictObject({ type: z.literal('termlight:record-lookup'), ...reportedFields() }),
    /** Card, popup or options -> background: add a term to the study list or take it off. */
    z.strictObject({ type: z.literal('termlight:set-starred'), id: termIdSchema, starred: z.boolean() }),
    /** Popup or options -> background: the reader does not want "I know this" offered for a term. */
    z.strictObject({ type: z.literal('termlight:dismiss-suggestion'), id: termIdSchema }),
    /** Options -> background: forget every look-up (the study list stays). */
    z.strictObject({ type: z.literal('termlight:clear-history') }),
    /** Popup or options -> background: full entries for an export, in order, null for an unknown id. */
    z.strictObject({ type: z.literal('termlight:get-entries'), ids: z.array(termIdSchema).check(z.maxLength(HISTORY_MAX)) }),
  ]);

let messageSchema: ReturnType<typeof buildMessageSchema> | undefined;

export type Message = z.infer<ReturnType<typeof buildMessageSchema>>;

export function parseMessage(raw: unknown): Message | undefined {
  messageSchema ??= buildMessageSchema();
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Replies are checked like requests: a tab may run an older content script, and a reply
 * that does not fit is read as no reply. Built on first use, as the request schema is.
 */
function buildReplySchemas() {
  const pageTerm = z.object({
    id: z.string(),
    term: z.string(),
    /** Occurrences found on the page, marked or not. */
    count: z.number(),
  });
  return {
    pageTerms: z.object({
      url: z.string(),
      /** Whether the page reads as a crypto page (see lib/match/crypto-page.ts). */
      crypto: z.boolean(),
      /**
       * Whether this browser can draw marks (the CSS Custom Highlight API). Without it terms
       * are still found and hovering one still opens its card. Absent in answers from a tab
       * still running an older version of the content script.
       */
      marks: z.optional(z.boolean()),
      terms: z.array(pageTerm),
    }),
    entry: z.object({
      id: z.string(),
      term: z.string(),
      /** An ordinary word too: the card offers "not this meaning". */
      ambiguous: z.boolean(),
      aliases: z.array(z.string()),
      areas: z.array(z.object({ id: z.string(), name: z.string() })),
      short: z.string(),
      body: z.string(),
      related: z.array(z.object({ id: z.string(), term: z.string() })),
    }),
  };
}
let replySchemas: ReturnType<typeof buildReplySchemas> | undefined;

export type PageTermsResponse = z.infer<ReturnType<typeof buildReplySchemas>['pageTerms']>;
export type EntryResponse = z.infer<ReturnType<typeof buildReplySchemas>['entry']>;

/** The reply to `termlight:page-terms`, checked; undefined for no reply or one that does not fit. */
export function readPageTerms(reply: unknown): PageTermsResponse | undefined {
  const parsed = (replySchemas ??= buildReplySchemas()).pageTerms.safeParse(reply);
  return parsed.success ? parsed.data : undefined;
}

/** The reply to `termlight:get-entry`, checked; undefined for an unknown id or a reply that does not fit. */
export function readEntry(reply: unknown): EntryResponse | undefined {
  const parsed = (replySchemas ??= buildReplySchemas()).entry.safeParse(reply);
  return parsed.success ? parsed.data : undefined;
}

export interface ScanStats {
  /**
   * Main-thread time of loading the content script: evaluating its modules. Not counted
   * in `busyMs`. The glossary and its matcher live in the background.
   */
  startupMs: number;
  /** Longest uninterrupted slice of our work on the main thread, in ms. */
  longestSliceMs: number;
  /** Wall time of the first full scan and paint, in ms (slices and pauses included). */
  firstScanMs: number;
  /** The last repaint of the marks, in ms. */
  paintMs: number;
  /** Of the current scan: walking the page for its text, in ms (part of `busyMs`). */
  walkMs: number;
  /**
   * Of the current scan: handing the text to the background's matcher and reading its
   * answers, in ms (part of `busyMs`).
   */
  matchMs: number;
  /** The part of `matchMs` spent sending the text (the rest is reading the answers). */
  sendMs: number;
  /** Of the current scan: the background's own matching time, in ms, off the page's main thread. */
  backgroundMatchMs: number;
  /** Whether the background's scanner ran on WebAssembly (else its JavaScript fallback). */
  backgroundWasm: boolean;
  /** All main-thread time our scanning, repainting and mutation handling used so far, in ms. */
  busyMs: number;
  /** Times our marks were put back after the page took them out of the highlight registry. */
  restores: number;
  /** Main-thread time spent checking and restoring them, in ms (not in `busyMs`). */
  restoreMs: number;
  /** The last cards shown: ms from the end of the dwell to the card showing its entry. */
  cardMs?: number[];
  /**
   * In everywhere mode, whether the page's sample let the full pass run: 'failed' means the
   * page was never read in full, and nothing is lit. 'skipped' where no gate applies (a
   * built-in or enabled site, or a site Termlight is off on).
   */
  gate: 'passed' | 'failed' | 'skipped';
  /**
   * The gate's samples: characters of the last one, the words and distinct unambiguous
   * terms the background found in it, how many were taken, and the main-thread ms reading
   * them took (part of `busyMs`). Absent where no gate ran.
   */
  sample?: { chars: number; words: number; distinctTerms: number; samples: number; ms: number };
  blocks: number;
  matches: number;
  /** Words read: matches per 1,000 words is the page's hit density. */
  words: number;
  rescans: number;
}
