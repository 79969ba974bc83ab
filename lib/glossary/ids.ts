import * as z from 'zod/mini';

/**
 * Stable slug used in URLs, `related` lists and stored settings. Its own module, in zod's
 * mini build: settings and messages need it in the content script, which runs on every page
 * and should not load the glossary's build-time schemas or zod's full API to get it.
 */
export const termIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, single hyphens)'));

export const areaIdSchema = termIdSchema;
