import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../tests/support/fuzz-runs';
import { migrateV1toV2 } from './migrations';
import { DEFAULT_SETTINGS, parseSettings } from './schema';
import { readSiteSettings } from './site-settings';

const CURRENT = { v: 2 };
const pick = ({ allowSites, denySites, everywhere }: typeof DEFAULT_SETTINGS) => ({ allowSites, denySites, everywhere });

describe('readSiteSettings', () => {
  it('gives the defaults for nothing stored, and for a stored value that is not an object', () => {
    for (const raw of [undefined, null, 'x', 3, [], [1]]) expect(readSiteSettings(raw, CURRENT)).toEqual(pick(DEFAULT_SETTINGS));
  });

  it('reads sites as hostSchema does: trimmed, lower case, without www.', () => {
    expect(readSiteSettings({ allowSites: [' WWW.Docs.Example.org '], denySites: ['news.example'], everywhere: true }, CURRENT)).toEqual({
      allowSites: ['docs.example.org'],
      denySites: ['news.example'],
      everywhere: true,
    });
  });

  it('lets a corrupt field fall back alone, keeping the others', () => {
    expect(readSiteSettings({ allowSites: ['ok.example', 'not a host'], denySites: ['off.example'], everywhere: 'yes' }, CURRENT)).toEqual({
      allowSites: [],
      denySites: ['off.example'],
      everywhere: false,
    });
  });

  it('migrates settings stored by an older version first, as the storage item does', () => {
    expect(readSiteSettings({ blockedSites: ['old.example'] }, undefined).denySites).toEqual(['old.example']);
    expect(readSiteSettings({ blockedSites: ['old.example'] }, { v: 1 }).denySites).toEqual(['old.example']);
    expect(readSiteSettings({ blockedSites: ['old.example'] }, CURRENT).denySites).toEqual([]);
  });

  /** Values a corrupt store, a hand-edited sync blob or another version may hold. */
  const sites = fc.oneof(
    fc.anything(),
    fc.array(fc.oneof(fc.string(), fc.constantFrom('docs.example.org', ' WWW.Example.org', 'www.', 'a..b', 'x'.repeat(254), 'é.example', '-.example'))),
  );
  const stored = fc.oneof(
    fc.anything(),
    fc.record({ allowSites: sites, denySites: sites, everywhere: fc.oneof(fc.boolean(), fc.anything()) }, { requiredKeys: [] }),
  );

  it('reads any stored value exactly as parseSettings reads those fields', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        expect(readSiteSettings(raw, CURRENT)).toEqual(pick(parseSettings(raw).settings));
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });

  it('reads any version-1 value as parseSettings reads it once migrated', () => {
    fc.assert(
      fc.property(fc.record({ blockedSites: sites }, { requiredKeys: [] }), (raw) => {
        expect(readSiteSettings(raw, { v: 1 })).toEqual(pick(parseSettings(migrateV1toV2(raw)).settings));
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
