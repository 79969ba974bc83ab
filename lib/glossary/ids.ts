import * as z from 'zod/mini';

/**
 * Stable slug used in URLs, `related` lists and stored settings. Its own module, in zod's
 * mini build: settings and messages need it in the content script, which runs on every page
 * and should not load the glossary's build-time schemas or zod's full API to get it.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'must be a kebab-case slug (a-z, 0-9, single hyphens)';

export const termIdSchema = z.string().check(z.regex(SLUG, SLUG_MESSAGE));

/** Area ids are slugs too: one rule, two names, so a schema says which it holds. */
export const areaIdSchema = z.string().check(z.regex(SLUG, SLUG_MESSAGE));
