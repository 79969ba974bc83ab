import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { markChooser } from './select';

/** One occurrence on the page, as the chooser is asked about it. */
interface Occurrence {
  id: string;
  areas: readonly string[];
  section: number;
}

/** The chooser's answers for occurrences given in page order. */
function selectMarks(occurrences: readonly Occurrence[], settings: Parameters<typeof markChooser>[0]): boolean[] {
  const choose = markChooser(settings);
  return occurrences.map((o) => choose(o.id, o.areas, o.section));
}

const occ = (id: string, section: number, areas = ['scaling']): Occurrence => ({ id, section, areas });
const page = [occ('rollup', 0), occ('rollup', 0), occ('gas', 0, ['fees']), occ('rollup', 1), occ('gas', 1, ['fees'])];

describe('selectMarks', () => {
  it('marks the first occurrence of each term per section by default', () => {
    expect(selectMarks(page, DEFAULT_SETTINGS)).toEqual([true, false, true, true, true]);
  });

  it('can mark only the first per page, or every occurrence', () => {
    expect(selectMarks(page, { ...DEFAULT_SETTINGS, occurrences: 'first-per-page' })).toEqual([true, false, true, false, false]);
    expect(selectMarks(page, { ...DEFAULT_SETTINGS, occurrences: 'all' })).toEqual([true, true, true, true, true]);
  });

  it('leaves out terms whose every area is switched off, and known terms', () => {
    expect(selectMarks(page, { ...DEFAULT_SETTINGS, disabledAreas: ['fees'] })).toEqual([true, false, false, true, false]);
    expect(selectMarks(page, { ...DEFAULT_SETTINGS, knownTerms: ['rollup'] })).toEqual([false, false, true, false, true]);
  });

  it('keeps a term lit while one of its areas is on', () => {
    expect(selectMarks([occ('bridge', 0, ['interop', 'scaling'])], { ...DEFAULT_SETTINGS, disabledAreas: ['interop'] })).toEqual([true]);
  });

  it('marks nothing in hover-only mode', () => {
    expect(selectMarks(page, { ...DEFAULT_SETTINGS, mode: 'hover-only' })).toEqual([false, false, false, false, false]);
  });
});
