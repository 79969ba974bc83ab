import { join } from 'node:path';
import { test } from './fixtures';

/** The repository's root, where docs/ and store/ live. */
export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Where a picture goes: `file` (relative to the repository, e.g. docs/popup-light.png) when
 * UPDATE_SCREENSHOT=1, else the test's own output folder, so a test run leaves the tree clean.
 */
export function shotPath(file: string): string {
  return process.env.UPDATE_SCREENSHOT ? join(ROOT, file) : test.info().outputPath(file.replaceAll('/', '-'));
}
