import { describe, expect, it } from 'vitest';
import { pageLabelsSchema, scoreLabels } from '../../scripts/eval/labels';

const text = 'A sequencer orders L2 blocks.\nAs long as the fee is paid, a long position stays open.';
const at = (needle: string, from = 0): [number, number] => {
  const i = text.indexOf(needle, from);
  return [i, i + needle.length];
};

describe('scoring a page against its sense labels', () => {
  it('counts an expert term lit when any of its occurrences overlaps a mark, in any case', () => {
    const score = scoreLabels({ text, marks: [at('sequencer'), at('L2')] }, { split: 'tune', expert: ['Sequencer', 'L2 blocks', 'fee'], ordinary: [] });
    expect(score.expertLit).toEqual(['Sequencer', 'L2 blocks']);
    expect(score.expertMissed).toEqual(['fee']);
  });

  it('counts an ordinary use lit only when the mark is on that very occurrence', () => {
    const labels = { split: 'tune' as const, expert: [], ordinary: [{ snippet: 'As long as the fee', word: 'long' }] };
    expect(scoreLabels({ text, marks: [at('long', 40)] }, labels).ordinaryLit).toEqual([]);
    expect(scoreLabels({ text, marks: [at('long')] }, labels).ordinaryLit).toEqual(['long in "As long as the fee"']);
  });

  it('reports a snippet the page does not contain instead of scoring it', () => {
    const score = scoreLabels({ text, marks: [] }, { split: 'holdout', expert: [], ordinary: [{ snippet: 'no such words', word: 'such' }] });
    expect(score.ordinaryNotFound).toEqual(['no such words']);
    expect(score.ordinaryUnlit).toBe(0);
  });

  it('rejects a label file of another shape', () => {
    expect(pageLabelsSchema.safeParse({ split: 'train', expert: [], ordinary: [] }).success).toBe(false);
  });
});
