import { describe, expect, it } from 'vitest';
import { opensOnboarding } from './first-run';
import { SAMPLE_PARAGRAPH, sampleSegments } from './sample';

describe('sampleSegments', () => {
  it('splits text and marked terms in order, keeping every character of the words', () => {
    expect(sampleSegments('A [funding rate](funding-rate) and [MEV](mev).')).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'term', text: 'funding rate', id: 'funding-rate' },
      { kind: 'text', text: ' and ' },
      { kind: 'term', text: 'MEV', id: 'mev' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('handles a mark at either end and plain text alone', () => {
    expect(sampleSegments('[MEV](mev)')).toEqual([{ kind: 'term', text: 'MEV', id: 'mev' }]);
    expect(sampleSegments('no marks')).toEqual([{ kind: 'text', text: 'no marks' }]);
  });

  it('leaves no mark syntax in the sample the page shows', () => {
    const shown = sampleSegments(SAMPLE_PARAGRAPH).map((s) => s.text).join('');
    expect(shown).not.toMatch(/[[\]()]/);
    expect(sampleSegments(SAMPLE_PARAGRAPH).filter((s) => s.kind === 'term').length).toBeGreaterThanOrEqual(3);
  });
});

describe('opensOnboarding', () => {
  it('opens the page on a first install only', () => {
    expect(opensOnboarding('install')).toBe(true);
    expect(opensOnboarding('update')).toBe(false);
    expect(opensOnboarding('chrome_update')).toBe(false);
    expect(opensOnboarding('shared_module_update')).toBe(false);
  });
});
