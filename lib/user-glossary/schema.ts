import { z } from 'zod';
import { termIdSchema } from '../glossary/ids';

/** The area a user entry lands in when the file names none. */
export const DEFAULT_USER_AREA = 'my-terms';

export const USER_ENTRY_LIMITS = {
  termLength: 80,
  aliasLength: 80,
  aliases: 20,
  areas: 5,
  shortLength: 200,
  bodyLength: 5000,
  related: 12,
} as const;

// The import screen shows these messages beside a row and field, so they read as the end
// of a sentence ("row 3, short: is required") rather than zod's type-system wording.
const text = () =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') });

const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list') });

const slug = text().pipe(termIdSchema);

const oneLine = (max: number) =>
  text()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\r\n]/.test(s), 'must be a single line');

/** Same shape as ExportedEntry, so `npm run glossary:export` output imports as is. */
export const userEntrySchema = z
  .object({
    id: slug,
    term: oneLine(USER_ENTRY_LIMITS.termLength),
    aliases: list(oneLine(USER_ENTRY_LIMITS.aliasLength))
      .max(USER_ENTRY_LIMITS.aliases, `must have at most ${USER_ENTRY_LIMITS.aliases} aliases`)
      .default(() => []),
    areas: list(slug)
      .min(1, 'must name at least one area')
      .max(USER_ENTRY_LIMITS.areas, `must name at most ${USER_ENTRY_LIMITS.areas} areas`)
      .default(() => [DEFAULT_USER_AREA]),
    short: oneLine(USER_ENTRY_LIMITS.shortLength),
    body: text()
      .trim()
      .max(USER_ENTRY_LIMITS.bodyLength, `must be at most ${USER_ENTRY_LIMITS.bodyLength} characters`)
      .default(''),
    related: list(slug)
      .max(USER_ENTRY_LIMITS.related, `must list at most ${USER_ENTRY_LIMITS.related} ids`)
      .default(() => []),
  })
  .strict();

export type UserEntry = z.output<typeof userEntrySchema>;

/** The field names a user entry may have, for messages about unknown keys. */
export const USER_ENTRY_FIELDS = Object.keys(userEntrySchema.shape) as (keyof UserEntry)[];
