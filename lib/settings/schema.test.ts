import { describe, expect, it } from 'vitest';
import { migrateV1toV2, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, parseSettings, settingsSchema } from './schema';

describe('parseSettings', () => {
  it('starts from defaults that are themselves valid settings', () => {
    expect(settingsSchema().parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });


  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and normalises site names', () => {
    const { settings, problems } = parseSettings({ markStyle: 'background', denySites: ['WWW.Example.org'] });
    expect(problems).toEqual([]);
    expect(settings.markStyle).toBe('background');
    expect(settings.denySites).toEqual(['example.org']);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  it('falls back field by field: one corrupt value loses nothing else', () => {
    const { settings, problems } = parseSettings({ hoverDelayMs: 'soon', markColor: 'blue', knownTerms: ['gas', 'Not An Id'] });
    expect(settings.hoverDelayMs).toBe(300);
    expect(settings.knownTerms).toEqual([]);
    expect(settings.markColor).toBe('blue');
    expect(problems.map((p) => p.field)).toEqual(['hoverDelayMs', 'knownTerms']);
  });

  it('says what a corrupt field should have held, not just that it was invalid', () => {
    const { problems } = parseSettings({ markColor: 'purple', hoverDelayMs: 'soon' });
    expect(problems).toEqual([
      { field: 'markColor', message: expect.stringContaining('"amber"|"blue"|"green"|"pink"') as unknown },
      { field: 'hoverDelayMs', message: expect.stringContaining('expected number') as unknown },
    ]);
  });

  it('restores defaults with a notice when the stored value is not an object', () => {
    for (const raw of ['corrupt', 42, [1, 2]]) {
      const { settings, problems } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toHaveLength(1);
    }
  });

  it('ignores unknown keys, including __proto__, without polluting prototypes', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "mode": "hover-only", "colour": "red"}') as unknown;
    const { settings, problems } = parseSettings(raw);
    expect(settings.mode).toBe('hover-only');
    expect(problems.map((p) => p.field).sort()).toEqual(['__proto__', 'colour']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrations', () => {
  it('reach the current version', () => {
    expect(Math.max(...Object.keys(SETTINGS_MIGRATIONS).map(Number))).toBe(SETTINGS_VERSION);
  });

  it('carry version 1 choices into version 2', () => {
    const v2 = migrateV1toV2({ highlight: 'background', hoverDelay: 450.4, blockedSites: ['news.example', 7] });
    expect(parseSettings(v2)).toEqual({
      settings: { ...DEFAULT_SETTINGS, markStyle: 'background', hoverDelayMs: 450, denySites: ['news.example'] },
      problems: [],
    });
  });

  it('turn version 1 "off" into hover-only mode and survive garbage', () => {
    expect(parseSettings(migrateV1toV2({ highlight: 'off' })).settings.mode).toBe('hover-only');
    expect(parseSettings(migrateV1toV2('garbage')).settings).toEqual(DEFAULT_SETTINGS);
  });
});
