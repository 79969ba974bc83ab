import { describe, expect, it } from 'vitest';
import { parseListing } from './listing';

describe('parseListing', () => {
  it('takes the two descriptions, the short one on one line', () => {
    const md = '# Title\n\nNotes.\n\n## Short description\n\nOne line\nwrapped.\n\n## Long description\n\nFirst.\n\n- a list\n';
    expect(parseListing(md)).toEqual({ short: 'One line wrapped.', long: 'First.\n\n- a list' });
  });

  it('is undefined without either section', () => {
    expect(parseListing('## Short description\n\nOnly this.\n')).toBeUndefined();
    expect(parseListing('## Short description\n\n## Long description\n\nText.\n')).toBeUndefined();
  });
});
