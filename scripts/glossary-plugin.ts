import type { Plugin } from 'vite';
import { checkGlossary } from '../lib/glossary/check';
import { compileGlossary } from '../lib/glossary/compile';
import { GLOSSARY_DIR, readGlossarySources } from './glossary-source';

const GLOSSARY_ID = 'virtual:termlight/glossary';
const MATCHER_ID = 'virtual:termlight/matcher';

/**
 * Compiles data/glossary into two virtual modules at build time, so no generated file is
 * ever edited or committed by hand: the full entries (background, popup) and the matcher
 * index alone (content script).
 */
export function glossaryPlugin(): Plugin {
  return {
    name: 'termlight-glossary',
    resolveId(id) {
      if (id === GLOSSARY_ID || id === MATCHER_ID) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id !== `\0${GLOSSARY_ID}` && id !== `\0${MATCHER_ID}`) return undefined;
      this.addWatchFile(GLOSSARY_DIR);
      const { glossary, problems } = checkGlossary(readGlossarySources());
      if (problems.length > 0) {
        this.error(`data/glossary has ${problems.length} problems:\n${problems.join('\n')}`);
      }
      const compiled = compileGlossary(glossary);
      if (id === `\0${MATCHER_ID}`) return `export default ${JSON.stringify(compiled.matcher)};`;
      return [
        `export const areas = ${JSON.stringify(compiled.areas)};`,
        `export const entries = ${JSON.stringify(compiled.entries)};`,
        `export const search = ${JSON.stringify(compiled.search)};`,
      ].join('\n');
    },
  };
}
