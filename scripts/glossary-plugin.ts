import type { Plugin } from 'vite';
import { checkGlossary } from '../lib/glossary/check';
import { compileGlossary } from '../lib/glossary/compile';
import { packIndex } from '../lib/match/pack';
import { prebuildIndexes } from '../lib/search/search-index';
import { GLOSSARY_DIR, readGlossarySources } from './glossary-source';

/** What each context imports: full entries (background), search records (popup), the trie (content). */
const MODULES = ['virtual:termlight/entries', 'virtual:termlight/search', 'virtual:termlight/matcher'] as const;
type ModuleId = (typeof MODULES)[number];
/** Where the bundled matcher index is packaged, next to the background script. */
const MATCHER_FILE = 'glossary/matcher.json';

/**
 * Compiles data/glossary into virtual modules at build time, so no generated file is ever
 * edited or committed by hand, and each context bundles only the part it needs.
 */
export function glossaryPlugin(): Plugin {
  return {
    name: 'termlight-glossary',
    resolveId(id) {
      return (MODULES as readonly string[]).includes(id) ? `\0${id}` : undefined;
    },
    load(resolved) {
      const id = resolved.slice(1) as ModuleId;
      if (!resolved.startsWith('\0') || !MODULES.includes(id)) return undefined;
      this.addWatchFile(GLOSSARY_DIR);
      const { glossary, problems } = checkGlossary(readGlossarySources());
      if (problems.length > 0) {
        this.error(`data/glossary has ${problems.length} problems:\n${problems.join('\n')}`);
      }
      const compiled = compileGlossary(glossary);
      switch (id) {
        case 'virtual:termlight/matcher': {
          // A packaged JSON file the background fetches, not a module: the tables (one base64
          // string, decoded natively into typed arrays) run to megabytes, past what one
          // script may weigh in Firefox's add-on checks, and JSON.parse is the fastest read.
          this.emitFile({ type: 'asset', fileName: MATCHER_FILE, source: JSON.stringify(packIndex(compiled.matcher)) });
          return `export const MATCHER_INDEX_PATH = ${JSON.stringify(`/${MATCHER_FILE}`)};`;
        }
        case 'virtual:termlight/search':
          return [
            `export const areas = ${JSON.stringify(compiled.areas)};`,
            `export const search = ${JSON.stringify(compiled.search)};`,
            `export const indexes = ${JSON.stringify(prebuildIndexes(compiled.search))};`,
          ].join('\n');
        case 'virtual:termlight/entries':
          return `export const areas = ${JSON.stringify(compiled.areas)};\nexport const entries = ${JSON.stringify(compiled.entries)};`;
      }
    },
  };
}
