// Modules generated at build time by scripts/glossary-plugin.ts from data/glossary.

declare module 'virtual:termlight/entries' {
  export const areas: import('./lib/glossary/schema').GlossaryArea[];
  export const entries: import('./lib/glossary/schema').GlossaryEntry[];
}

declare module 'virtual:termlight/search' {
  export const areas: import('./lib/glossary/schema').GlossaryArea[];
  export const search: import('./lib/glossary/compile').SearchRecord[];
  export const indexes: import('./lib/search/search-index').PrebuiltIndexes;
}

declare module 'virtual:termlight/matcher' {
  /** The packaged file (a PackedMatcherIndex as JSON) the background fetches: see scripts/glossary-plugin.ts. */
  export const MATCHER_INDEX_PATH: '/glossary/matcher.json';
}
