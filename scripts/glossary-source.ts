import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { SourceFile } from '../lib/glossary/check';

const ROOT = join(import.meta.dirname, '..');

/** TERMLIGHT_GLOSSARY_DIR lets a build use another glossary folder (a draft, a fixture). */
export const GLOSSARY_DIR = process.env.TERMLIGHT_GLOSSARY_DIR ?? join(ROOT, 'data', 'glossary');

/** Every area file in the glossary folder, parsed but not yet validated. */
export function readGlossarySources(dir = GLOSSARY_DIR): SourceFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const full = join(dir, f);
      const path = relative(ROOT, full);
      try {
        return { path, data: parse(readFileSync(full, 'utf8')) as unknown };
      } catch (err) {
        // A file that is not YAML at all is reported like any other schema problem.
        return { path, data: { parseError: String(err) } };
      }
    });
}
