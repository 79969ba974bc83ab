/**
 * When this content script's code began to run. Imported first by the entry point, so it
 * is evaluated before the modules it imports (zod, the polyfill, storage, the glossary
 * index, the matcher): the time from here to `main` is what merely loading Termlight costs
 * a page. (WXT's few lines of wrapper run before it and are not counted.)
 */
export const evaluationStartedAt = performance.now();
