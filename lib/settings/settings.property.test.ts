import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../tests/support/fuzz-runs';
import { migrateV1toV2 } from './migrations';
import { DEFAULT_SETTINGS, parseSettings, settingsFields, settingsSchema, type SettingKey } from './schema';

const KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** Values a corrupt store, an old version or a hand-edited sync blob may hold. */
const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom('marks', 'hover-only', 'dotted', 'background', 'amber', 'all', 300, -1, 1e9, NaN, true, null, [], {}),
  fc.array(fc.oneof(fc.string(), fc.constantFrom('gas', 'docs.example.org', 'WWW.Example.org', 'l2-scaling'))),
);
/** An object with some real setting keys and some unknown ones, any values. */
const storedBlob = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), junk);

describe('settings under fuzzing', () => {
  it('parse any stored value into valid settings without throwing, keeping every valid field', () => {
    fc.assert(
      fc.property(fc.oneof(storedBlob, junk), (raw) => {
        const { settings, problems } = parseSettings(raw);
        expect(settingsSchema().safeParse(settings).success).toBe(true);
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
        const record = raw as Record<string, unknown>;
        for (const key of KEYS) {
          if (!Object.hasOwn(record, key)) {
            expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
            continue;
          }
          const alone = settingsFields()[key].safeParse(record[key]);
          // A valid field survives as parsed; an invalid one falls back and is reported.
          if (alone.success) expect(settings[key]).toEqual(alone.data);
          else {
            expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
            expect(problems.map((p) => p.field)).toContain(key);
          }
        }
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });

  it('migrate any version-1 value into settings that parse, keeping what the reader chose', () => {
    const v1 = fc.record(
      {
        highlight: fc.oneof(fc.constantFrom('underline', 'background', 'off'), junk),
        hoverDelay: fc.oneof(fc.integer({ min: -5000, max: 50_000 }), fc.double(), junk),
        blockedSites: fc.oneof(fc.array(fc.oneof(fc.domain(), junk)), junk),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(v1, junk), (old) => {
        const { settings } = parseSettings(migrateV1toV2(old));
        expect(settingsSchema().safeParse(settings).success).toBe(true);
        if (old === null || typeof old !== 'object' || Array.isArray(old)) return;
        const { highlight, hoverDelay } = old as { highlight?: unknown; hoverDelay?: unknown };
        if (highlight === 'off') expect(settings.mode).toBe('hover-only');
        if (highlight === 'background') expect(settings.markStyle).toBe('background');
        if (typeof hoverDelay === 'number' && Number.isFinite(hoverDelay)) {
          expect(settings.hoverDelayMs).toBe(Math.round(Math.min(2000, Math.max(0, hoverDelay))));
        }
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });
});
