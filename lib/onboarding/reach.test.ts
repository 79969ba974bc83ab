import { describe, expect, it } from 'vitest';
import { reachInForce } from './reach';

describe('reachInForce', () => {
  it('shows no choice before the reader has made one', () => {
    expect(reachInForce({ outcome: 'none', onboarded: false, everywhere: false })).toBeUndefined();
    expect(reachInForce({ outcome: 'asking', onboarded: false, everywhere: false })).toBeUndefined();
  });

  it('shows what a choice just came to, whatever storage still says', () => {
    expect(reachInForce({ outcome: 'anywhere', onboarded: false, everywhere: false })).toBe('anywhere');
    expect(reachInForce({ outcome: 'my-sites', onboarded: true, everywhere: true })).toBe('my-sites');
  });

  it('keeps the chosen sites when the browser refused access to all of them', () => {
    expect(reachInForce({ outcome: 'refused', onboarded: true, everywhere: false })).toBe('my-sites');
  });

  it('shows the stored mode to a reader coming back to the page', () => {
    expect(reachInForce({ outcome: 'none', onboarded: true, everywhere: true })).toBe('anywhere');
    expect(reachInForce({ outcome: 'none', onboarded: true, everywhere: false })).toBe('my-sites');
  });
});
