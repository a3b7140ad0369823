import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/core/schema/validate.js';

describe('core in the browser', () => {
  it('validates a minimal dataset', () => {
    const ds = parseDataset({ meta: { title: 'x' }, indicators: [] });
    expect(ds.indicators).to.have.length(0);
  });
});
