import { describe, expect, it } from 'vitest';
import { readsAsCrypto } from '../match/crypto-page';
import { mightBeCrypto, RESAMPLE, ResamplePlan } from './gate';

describe('mightBeCrypto', () => {
  it('stops a sample without a single unambiguous crypto term, however long', () => {
    expect(mightBeCrypto({ distinctTerms: 0, words: 40 })).toBe(false);
    expect(mightBeCrypto({ distinctTerms: 0, words: 600 })).toBe(false);
  });

  it('lets through a sample with one, where the page itself would not yet read as crypto', () => {
    expect(mightBeCrypto({ distinctTerms: 1, words: 600 })).toBe(true);
    expect(readsAsCrypto({ distinctTerms: 1, words: 600 })).toBe(false);
  });

  it('is never stricter than the page test: every sample that reads as crypto passes', () => {
    for (let distinctTerms = 0; distinctTerms <= 12; distinctTerms++) {
      for (const words of [0, 50, 600, 1000, 1500, 5000]) {
        if (readsAsCrypto({ distinctTerms, words })) expect(mightBeCrypto({ distinctTerms, words })).toBe(true);
      }
    }
  });
});

describe('ResamplePlan', () => {
  const URL = 'https://example.org/app';

  it('asks for nothing until enough text has changed', () => {
    const plan = new ResamplePlan(0, URL);
    expect(plan.wants(URL)).toBe(true);
    expect(plan.note(RESAMPLE.minChangedChars - 1, 5000)).toBeUndefined();
    // Changes add up across batches.
    expect(plan.note(1, 5000)).toBe(0);
  });

  it('keeps samples spaced, and asks once while one is due', () => {
    const plan = new ResamplePlan(1000, URL);
    expect(plan.note(RESAMPLE.minChangedChars, 1200)).toBe(RESAMPLE.spacingMs - 200);
    expect(plan.wants(URL)).toBe(false);
    expect(plan.note(RESAMPLE.minChangedChars, 1300)).toBeUndefined();
    plan.sampled(2500);
    expect(plan.wants(URL)).toBe(true);
    expect(plan.note(RESAMPLE.minChangedChars, 2600)).toBe(RESAMPLE.spacingMs - 100);
  });

  it('stops after its last sample for an address, however much the page changes', () => {
    const plan = new ResamplePlan(0, URL);
    let now = 0;
    let taken = 0;
    for (let batch = 0; batch < 200; batch++) {
      now += 100;
      if (!plan.wants(URL)) continue;
      const delay = plan.note(5000, now);
      if (delay === undefined) continue;
      now += delay;
      plan.sampled(now);
      taken++;
    }
    expect(taken).toBe(RESAMPLE.max);
    expect(plan.wants(URL)).toBe(false);
  });

  it('starts afresh when the page navigates in place', () => {
    const plan = new ResamplePlan(0, URL);
    for (let i = 0; i < RESAMPLE.max; i++) plan.sampled(i * 2000);
    expect(plan.wants(URL)).toBe(false);
    expect(plan.wants(`${URL}/next`)).toBe(true);
    expect(plan.note(RESAMPLE.minChangedChars, 10_000)).toBe(0);
  });
});
