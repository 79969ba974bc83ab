/**
 * When this content script's code began to run. Imported first by the entry point, so it
 * is evaluated before every other module (zod, the glossary index, the matcher): the time
 * from here to `main` is what merely loading Termlight costs a page.
 */
export const evaluationStartedAt = performance.now();
