import { describe, expect, it } from 'vitest';
import { ASK_AFTER_SCAN_MS, ASK_SCHEDULE_MS, STARTUP_GRACE_MS, stillStarting } from './timing';

describe('stillStarting', () => {
  it('gives a page that is loading or has just loaded time to start its content script', () => {
    expect(stillStarting({ loading: true, scriptSeen: false })).toBe(true);
    expect(stillStarting({ loading: false, sinceLoadedMs: 0, scriptSeen: false })).toBe(true);
    expect(stillStarting({ loading: false, sinceLoadedMs: STARTUP_GRACE_MS - 1, scriptSeen: false })).toBe(true);
    expect(stillStarting({ loading: false, sinceLoadedMs: STARTUP_GRACE_MS, scriptSeen: false })).toBe(false);
  });

  it('waits for a content script known to be there, however long its first scan takes', () => {
    expect(stillStarting({ loading: false, sinceLoadedMs: 60_000, scriptSeen: true })).toBe(true);
  });

  it('reads silence as "not here" when nothing says otherwise', () => {
    // A tab loaded before this worker started: its load time is unknown.
    expect(stillStarting({ loading: false, scriptSeen: false })).toBe(false);
  });
});

describe('ask schedules', () => {
  for (const [name, schedule] of [['after a load', ASK_SCHEDULE_MS], ['after a scan', ASK_AFTER_SCAN_MS]] as const) {
    it(`${name}: a few asks, in order, over a few seconds`, () => {
      expect([...schedule].sort((a, b) => a - b)).toEqual([...schedule]);
      expect(schedule.length).toBeLessThanOrEqual(6);
      expect(schedule.at(-1)).toBeLessThanOrEqual(10_000);
    });
  }

  it('asks at least once after the startup grace, so an unknown site gets its "?"', () => {
    expect(ASK_SCHEDULE_MS.some((ms) => ms >= STARTUP_GRACE_MS)).toBe(true);
  });
});
