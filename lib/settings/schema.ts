// zod's mini build: the content script parses settings on every page load, and the full
// API cost it most of its code and ten milliseconds or more of startup.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { areaIdSchema, termIdSchema } from '../glossary/ids';

export const MODES = ['marks', 'hover-only'] as const;
export const MARK_STYLES = ['dotted', 'solid', 'background'] as const;
export const MARK_COLORS = ['amber', 'blue', 'green', 'pink'] as const;
export const OCCURRENCES = ['first-per-section', 'first-per-page', 'all'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

let host: ReturnType<typeof buildHostSchema> | undefined;

const buildHostSchema = () =>
  z.pipe(
    z
      .string()
      .check(z.trim(), z.toLowerCase(), z.regex(/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/, 'must be a host name such as docs.example.org'), z.maxLength(253)),
    z.transform((h: string) => h.replace(/^www\./, '')),
  );

/** A site as the reader names it: a host name, stored lower case without "www.". */
export function hostSchema(): ReturnType<typeof buildHostSchema> {
  return (host ??= buildHostSchema());
}

const buildFields = () => {
  // The mini build brings no messages of its own: without the English ones a corrupt
  // setting would be reported as "Invalid input" rather than what was expected there.
  z.config(en());
  return {
    /** Marks and cards, or no marks and a card on hovering any glossary word. */
    mode: z.enum(MODES),
    markStyle: z.enum(MARK_STYLES),
    markColor: z.enum(MARK_COLORS),
    occurrences: z.enum(OCCURRENCES),
    hoverDelayMs: z.int().check(z.minimum(0), z.maximum(2000)),
    theme: z.enum(THEMES),
    /** Areas whose terms are not marked (their cards still open on hover). */
    disabledAreas: z.array(areaIdSchema).check(z.maxLength(200)),
    /** Sites the reader turned Termlight on for, beyond the built-in list. */
    allowSites: z.array(hostSchema()).check(z.maxLength(1000)),
    /** Sites the reader turned Termlight off for: wins over everything else. */
    denySites: z.array(hostSchema()).check(z.maxLength(1000)),
    /** Run on every site, lighting only pages that read as crypto. */
    everywhere: z.boolean(),
    /** Terms the reader knows: never marked, still explained on hover. */
    knownTerms: z.array(termIdSchema).check(z.maxLength(10000)),
    /** Ambiguous words the reader said are not meant in the crypto sense, per site. */
    notThisMeaning: z.record(hostSchema(), z.array(termIdSchema).check(z.maxLength(1000))),
    /** Keep a history of the cards opened, in this browser only (lib/history). */
    history: z.boolean(),
  };
};

type Fields = ReturnType<typeof buildFields>;
export type Settings = { [K in keyof Fields]: z.output<Fields[K]> };
export type SettingKey = keyof Settings;

let fields: Fields | undefined;

/**
 * Each setting's schema, built on first use: the content script parses settings on every
 * page load, and a reader who never changed a setting needs none of them built.
 */
export function settingsFields(): Fields {
  return (fields ??= buildFields());
}

/** All settings as one object, every field required. */
export function settingsSchema(): z.ZodMiniObject<Fields> {
  return z.strictObject(settingsFields());
}

/** What a reader who never changed a setting gets, and what a corrupt field falls back to. */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  mode: 'marks',
  markStyle: 'dotted',
  markColor: 'amber',
  // Readers dislike a page painted yellow: by default the first occurrence per section.
  occurrences: 'first-per-section',
  hoverDelayMs: 300,
  theme: 'auto',
  disabledAreas: [],
  allowSites: [],
  denySites: [],
  everywhere: false,
  knownTerms: [],
  notThisMeaning: {},
  history: true,
};

export interface SettingsProblem {
  field: string;
  message: string;
}

/**
 * Reads stored settings field by field: a corrupt field falls back to its default and is
 * reported, and every other field the reader chose survives.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { settings: { ...DEFAULT_SETTINGS }, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: [{ field: '', message: 'stored settings were not an object; defaults restored' }] };
  }
  const record = raw as Record<string, unknown>;
  const settings = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    if (!Object.hasOwn(record, key)) continue;
    const parsed = settingsFields()[key].safeParse(record[key]);
    if (parsed.success) settings[key] = parsed.data;
    else problems.push({ field: key, message: parsed.error.issues[0]?.message ?? 'invalid value' });
  }
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) problems.push({ field: key, message: 'unknown setting, ignored' });
  }
  return { settings: settings as Settings, problems };
}
