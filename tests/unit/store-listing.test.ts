import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_CHROME, MIN_FIREFOX } from '../../lib/browser-support';
import { MAX_SHORT_DESCRIPTION, parseListing } from '../../lib/store/listing';
import { readGlossarySources } from '../../scripts/glossary-source';

const ROOT = join(import.meta.dirname, '..', '..');
const listing = parseListing(readFileSync(join(ROOT, 'store', 'listing.md'), 'utf8'));

describe('the store listing (store/listing.md)', () => {
  it('has a short description the Chrome Web Store accepts', () => {
    expect(listing).toBeDefined();
    expect(listing!.short.length).toBeLessThanOrEqual(MAX_SHORT_DESCRIPTION);
  });

  it('points to the privacy policy, which exists', () => {
    expect(listing!.long).toMatch(/privacy policy/i);
    expect(existsSync(join(ROOT, 'PRIVACY.md'))).toBe(true);
  });

  it('claims no more terms and areas than the glossary has', () => {
    // Counted from the sources as they are; their validity is glossary:check's business.
    const files = readGlossarySources().map((f) => f.data as { entries?: unknown[] });
    const entries = files.reduce((n, f) => n + (f.entries?.length ?? 0), 0);
    const claim = /over ([\d,]+) terms in (\d+) areas/.exec(listing!.long);
    expect(claim, 'the listing says how many terms').not.toBeNull();
    expect(entries).toBeGreaterThan(Number(claim![1]!.replace(/,/g, '')));
    expect(files.length).toBe(Number(claim![2]));
  });

  it('names the minimum browser versions the manifests ask for', () => {
    expect(listing!.long).toContain(`Chrome ${MIN_CHROME} or later`);
    expect(listing!.long).toContain(`Firefox ${MIN_FIREFOX} or later`);
  });
});
