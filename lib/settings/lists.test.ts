import { describe, expect, it } from 'vitest';
import { withItem } from './lists';

describe('withItem', () => {
  it('adds an item once, at the end, leaving the list given untouched', () => {
    const sites = ['a.org'];
    expect(withItem(sites, 'b.org', true)).toEqual(['a.org', 'b.org']);
    expect(withItem(['a.org', 'b.org'], 'a.org', true)).toEqual(['a.org', 'b.org']);
    expect(sites).toEqual(['a.org']);
  });

  it('takes every copy of an item out, and leaves a list without it as it was', () => {
    expect(withItem(['a', 'b', 'a'], 'a', false)).toEqual(['b']);
    expect(withItem(['b'], 'a', false)).toEqual(['b']);
  });
});
