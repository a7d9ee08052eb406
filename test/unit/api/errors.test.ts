import { expect } from '@open-wc/testing';
import { parseRetryAfter } from '../../../src/api/errors.js';

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('30')).to.equal(30);
    expect(parseRetryAfter(' 0 ')).to.equal(0);
  });
  it('reads an HTTP date as seconds from now', () => {
    const now = Date.parse('2026-12-07T01:00:00Z');
    expect(parseRetryAfter('Mon, 07 Dec 2026 01:00:45 GMT', now)).to.equal(45);
    expect(parseRetryAfter('Mon, 07 Dec 2026 00:59:00 GMT', now)).to.equal(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('')).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });
});
