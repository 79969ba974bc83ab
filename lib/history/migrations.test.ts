import { describe, expect, it } from 'vitest';
import { HISTORY_MIGRATIONS, STUDY_MIGRATIONS, mayWrite, missingSteps, storedVersion } from './migrations';
import { HISTORY_VERSION, STUDY_VERSION } from './schema';

describe('history and study migrations', () => {
  it('have a step for every version after the first, up to the current one', () => {
    expect(missingSteps(HISTORY_MIGRATIONS, HISTORY_VERSION)).toEqual([]);
    expect(missingSteps(STUDY_MIGRATIONS, STUDY_VERSION)).toEqual([]);
  });

  it('name the versions a table lacks', () => {
    const step = (old: unknown): unknown => old;
    expect(missingSteps({ 2: step }, 4)).toEqual([3, 4]);
    expect(missingSteps({ 2: step, 3: step }, 3)).toEqual([]);
  });

  it('read a value stored without metadata as version 1, as @wxt-dev/storage does', () => {
    expect(storedVersion(null)).toBe(1);
    expect(storedVersion({})).toBe(1);
    expect(storedVersion({ v: 'two' })).toBe(1);
    expect(storedVersion({ v: 3 })).toBe(3);
  });

  it('never write over a value a newer version stored', () => {
    expect(mayWrite({ v: 1 }, 1)).toBe(true);
    expect(mayWrite(undefined, 1)).toBe(true);
    expect(mayWrite({ v: 2 }, 3)).toBe(true);
    expect(mayWrite({ v: 2 }, 1)).toBe(false);
  });
});
