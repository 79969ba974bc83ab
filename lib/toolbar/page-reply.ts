import * as z from 'zod/mini';
import type { PageTermsResponse } from '../messages';

const buildSchema = () =>
  z.object({
    url: z.string(),
    crypto: z.boolean(),
    marks: z.optional(z.boolean()),
    terms: z.array(z.object({ id: z.string(), term: z.string(), count: z.number() })),
  });

let schema: ReturnType<typeof buildSchema> | undefined;

/**
 * A tab's answer to `termlight:page-terms`, checked before the toolbar trusts it: the
 * answer may come from a tab still running an older version of the content script.
 * Undefined for anything else, which the toolbar treats as no answer.
 */
export function parsePageTerms(raw: unknown): PageTermsResponse | undefined {
  schema ??= buildSchema();
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
