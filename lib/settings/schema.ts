import { z } from 'zod';
import { areaIdSchema, termIdSchema } from '../glossary/schema';

export const MARK_STYLES = ['dotted', 'solid', 'background'] as const;
export const MARK_COLORS = ['amber', 'blue', 'green', 'pink'] as const;
export const OCCURRENCES = ['first-per-section', 'first-per-page', 'all'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

/** A site as the reader names it: a host name, stored lower case without "www.". */
export const hostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/, 'must be a host name such as docs.example.org')
  .max(253)
  .transform((h) => h.replace(/^www\./, ''));

/** Every field with its default; the reader's settings are these, field by field. */
export const settingsFields = {
  /** Marks and cards, or no marks and a card on hovering any glossary word. */
  mode: z.enum(['marks', 'hover-only']).default('marks'),
  markStyle: z.enum(MARK_STYLES).default('dotted'),
  markColor: z.enum(MARK_COLORS).default('amber'),
  /** Readers dislike a page painted yellow: by default the first occurrence per section. */
  occurrences: z.enum(OCCURRENCES).default('first-per-section'),
  hoverDelayMs: z.number().int().min(0).max(2000).default(300),
  theme: z.enum(THEMES).default('auto'),
  /** Areas whose terms are not marked (their cards still open on hover). */
  disabledAreas: z.array(areaIdSchema).max(200).default([]),
  /** Sites the reader turned Termlight on for, beyond the built-in list. */
  allowSites: z.array(hostSchema).max(1000).default([]),
  /** Sites the reader turned Termlight off for: wins over everything else. */
  denySites: z.array(hostSchema).max(1000).default([]),
  /** Run on every site, lighting only pages that read as crypto. */
  everywhere: z.boolean().default(false),
  /** Terms the reader knows: never marked, still explained on hover. */
  knownTerms: z.array(termIdSchema).max(10000).default([]),
  /** Ambiguous words the reader said are not meant in the crypto sense, per site. */
  notThisMeaning: z.record(hostSchema, z.array(termIdSchema).max(1000)).default({}),
};

export const settingsSchema = z.object(settingsFields).strict();
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

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
  for (const key of Object.keys(settingsFields) as SettingKey[]) {
    if (!Object.hasOwn(record, key)) continue;
    const parsed = settingsFields[key].safeParse(record[key]);
    if (parsed.success) settings[key] = parsed.data;
    else problems.push({ field: key, message: parsed.error.issues[0]?.message ?? 'invalid value' });
  }
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(settingsFields, key)) problems.push({ field: key, message: 'unknown setting, ignored' });
  }
  return { settings: settings as Settings, problems };
}
