import * as z from 'zod/mini';

/**
 * The schemas of the replies that carry data (lib/messages.ts ties each to its request).
 * Replies are checked like requests: a tab may run an older content script, and a reply that
 * does not fit is read as no reply. Each is built on its first use, as the request schema
 * is: a page that never asks pays nothing, and one that asks builds only what it reads.
 */
const lazy = <T>(build: () => T): (() => T) => {
  let built: T | undefined;
  return () => (built ??= build());
};

const pageTermsSchema = lazy(() =>
  z.object({
    url: z.string(),
    /** Whether the page reads as a crypto page (see lib/match/crypto-page.ts). */
    crypto: z.boolean(),
    /**
     * Whether this browser can draw marks (the CSS Custom Highlight API). Without it terms
     * are still found and hovering one still opens its card. Absent in answers from a tab
     * still running an older version of the content script.
     */
    marks: z.optional(z.boolean()),
    /**
     * In everywhere mode, what the gate made of the page (ScanStats' `gate`): 'failed' says
     * it was left unlit because its opening did not read as crypto. Absent in answers from
     * older versions.
     */
    gate: z.optional(z.enum(['passed', 'failed', 'skipped'])),
    terms: z.array(
      z.object({
        id: z.string(),
        term: z.string(),
        /** Occurrences found on the page, marked or not. */
        count: z.number(),
      }),
    ),
  }),
);

const entrySchema = lazy(() =>
  z.object({
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
);

const statsSchema = lazy(() =>
  z.object({
    /**
     * Main-thread time of loading the content script: evaluating its modules. Not counted
     * in `busyMs`. The glossary and its matcher live in the background.
     */
    startupMs: z.number(),
    /** Longest uninterrupted slice of our work on the main thread, in ms. */
    longestSliceMs: z.number(),
    /** Wall time of the first full scan and paint, in ms (slices and pauses included). */
    firstScanMs: z.number(),
    /** The last repaint of the marks, in ms. */
    paintMs: z.number(),
    /** Of the current scan: walking the page for its text, in ms (part of `busyMs`). */
    walkMs: z.number(),
    /**
     * Of the current scan: handing the text to the background's matcher and reading its
     * answers, in ms (part of `busyMs`).
     */
    matchMs: z.number(),
    /** The part of `matchMs` spent sending the text (the rest is reading the answers). */
    sendMs: z.number(),
    /** Of the current scan: the background's own matching time, in ms, off the page's main thread. */
    backgroundMatchMs: z.number(),
    /** Whether the background's scanner ran on WebAssembly (else its JavaScript fallback). */
    backgroundWasm: z.boolean(),
    /** All main-thread time our scanning, repainting and mutation handling used so far, in ms. */
    busyMs: z.number(),
    /** Times our marks were put back after the page took them out of the highlight registry. */
    restores: z.number(),
    /** Main-thread time spent checking and restoring them, in ms (not in `busyMs`). */
    restoreMs: z.number(),
    /** The last cards shown: ms from the end of the dwell to the card showing its entry. */
    cardMs: z.optional(z.array(z.number())),
    /**
     * In everywhere mode, whether the page's sample let the full pass run: 'failed' means the
     * page was never read in full, and nothing is lit. 'skipped' where no gate applies (a
     * built-in or enabled site, or a site Termlight is off on).
     */
    gate: z.enum(['passed', 'failed', 'skipped']),
    /**
     * The gate's samples: characters of the last one, the words and distinct unambiguous
     * terms the background found in it, how many were taken, and the main-thread ms reading
     * them took (part of `busyMs`). Absent where no gate ran.
     */
    sample: z.optional(z.object({ chars: z.number(), words: z.number(), distinctTerms: z.number(), samples: z.number(), ms: z.number() })),
    blocks: z.number(),
    matches: z.number(),
    /** Words read: matches per 1,000 words is the page's hit density. */
    words: z.number(),
    rescans: z.number(),
    /**
     * Whether the content script's main module (scanning, marks, cards) was loaded on this
     * page: the first module loads it only where the page is lit or its sample passed the
     * gate (entrypoints/content/boot.ts). Absent in answers from older versions.
     */
    mainModule: z.optional(z.boolean()),
  }),
);

export type PageTermsResponse = z.output<ReturnType<typeof pageTermsSchema>>;
export type EntryResponse = z.output<ReturnType<typeof entrySchema>>;
/** What a content script's scan cost (the reply to `termlight:stats`, read by tests and the bench). */
export type ScanStats = z.output<ReturnType<typeof statsSchema>>;

/** The reply, checked; undefined for one that does not fit. */
function read<T>(schema: z.ZodMiniType<T>, raw: unknown): T | undefined {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

const booleanSchema = lazy(() => z.boolean());
const idOrNullSchema = lazy(() => z.nullable(z.string()));
const entryOrNullSchema = lazy(() => z.nullable(entrySchema()));
const entriesSchema = lazy(() => z.array(entryOrNullSchema()));

export const readPageTerms = (raw: unknown): PageTermsResponse | undefined => read(pageTermsSchema(), raw);
/** An entry, or null for an id neither glossary has. */
export const readEntryOrNull = (raw: unknown): EntryResponse | null | undefined => read(entryOrNullSchema(), raw);
/** Entries in the order asked, null for an unknown id. */
export const readEntries = (raw: unknown): (EntryResponse | null)[] | undefined => read(entriesSchema(), raw);
export const readStats = (raw: unknown): ScanStats | undefined => read(statsSchema(), raw);
export const readBoolean = (raw: unknown): boolean | undefined => read(booleanSchema(), raw);
/** A term id, or null for none. */
export const readIdOrNull = (raw: unknown): string | null | undefined => read(idOrNullSchema(), raw);
