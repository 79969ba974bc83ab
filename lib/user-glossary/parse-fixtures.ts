import { expect } from 'vitest';
import type { ImportProblem } from './parse';
import type { UserEntry } from './schema';

/** Entries, helpers and the CSV header the import tests share. */
export const rollup: UserEntry = {
  id: 'rollup',
  term: 'Rollup',
  aliases: ['rollups chain'],
  areas: ['layer-2-scaling'],
  short: 'A chain that posts its data to another chain.',
  body: 'Batches transactions.\n\nPosts them to L1.',
  related: ['sequencer'],
};
export const sequencer: UserEntry = {
  id: 'sequencer',
  term: 'Sequencer',
  aliases: [],
  areas: ['layer-2-scaling', 'market-structure'],
  short: 'Orders rollup transactions.',
  body: '',
  related: [],
};

export const json = (value: unknown) => JSON.stringify(value);
export const problem = (row: number, field: string, message: string | RegExp = /./): ImportProblem =>
  ({ row, field, message: expect.stringMatching(message) as string });

export const HEADER = 'term,short,body,aliases,area';
